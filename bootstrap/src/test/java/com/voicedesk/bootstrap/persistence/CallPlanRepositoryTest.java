package com.voicedesk.bootstrap.persistence;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.OnVertx;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.plan.CallPlan;
import com.voicedesk.domain.plan.CallPlanRepository;
import com.voicedesk.domain.plan.CallPlanStatus;
import com.voicedesk.domain.plan.ComplianceVerdict;
import com.voicedesk.domain.plan.RetryPolicy;
import com.voicedesk.domain.shared.ConflictException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class CallPlanRepositoryTest {

    @Inject
    CallPlanRepository plans;

    @Test
    void storesAPlanWithItsVerdictAndRefusesAStaleUpdate() {
        Api.TestTenant tenant = Api.newTenant();
        ContactId contact = ContactId.of(Api.createContact(tenant, Map.of("name", "Sarah", "phone", "+15550102000")));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CallPlan plan = CallPlan.schedule(tenant.tenantId(), contact, CallPurpose.QUALIFICATION, "Qualify the June wedding",
                List.of("Date?", "Guests?", "Venue?"), now.minusSeconds(60), now.plusSeconds(86_400), RetryPolicy.standard(), now);
        OnVertx.await(() -> plans.insert(plan));

        CallPlan stored = OnVertx.await(() -> plans.findById(tenant.tenantId(), plan.id())).orElseThrow();
        assertThat(stored.questions()).containsExactly("Date?", "Guests?", "Venue?");
        assertThat(stored.verdict()).isNull();
        assertThat(OnVertx.await(() -> plans.findDue(now, 1000))).extracting(CallPlan::id).contains(plan.id());

        CallPlan deferred = new CallPlan(stored.id(), stored.tenantId(), stored.contactId(), stored.purpose(), stored.goal(),
                stored.questions(), stored.earliestAt(), stored.latestAt(), stored.retryPolicy(), 1,
                now.plusSeconds(3600), CallPlanStatus.SCHEDULED,
                new ComplianceVerdict.Deferred(now.plusSeconds(3600), "outside calling hours"), stored.createdAt(),
                stored.version());
        CallPlan updated = OnVertx.await(() -> plans.update(deferred));
        assertThat(updated.version()).isEqualTo(stored.version() + 1);
        assertThat(OnVertx.await(() -> plans.findById(tenant.tenantId(), plan.id())).orElseThrow().verdict())
                .isEqualTo(new ComplianceVerdict.Deferred(now.plusSeconds(3600), "outside calling hours"));
        assertThat(OnVertx.await(() -> plans.findDue(now, 1000))).extracting(CallPlan::id).doesNotContain(plan.id());

        assertThatThrownBy(() -> OnVertx.await(() -> plans.update(deferred))).isInstanceOf(ConflictException.class);
        // HTTP calls (Api) stay outside the event-loop work: the event loop serves them
        var otherTenant = Api.newTenant().tenantId();
        assertThat(OnVertx.await(() -> plans.findById(otherTenant, plan.id()))).isEmpty();
    }
}
