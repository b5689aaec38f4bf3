package com.voicedesk.bootstrap.persistence;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.CallFixtures;
import com.voicedesk.bootstrap.support.OnVertx;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.event.OutboxQueue;
import com.voicedesk.domain.room.PresenceRepository;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.transcript.NewSegment;
import com.voicedesk.domain.transcript.Speaker;
import com.voicedesk.domain.transcript.TranscriptRepository;
import com.voicedesk.domain.transcript.TranscriptSegment;
import io.quarkus.arc.ClientProxy;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries that run all the time (the outbox relay's claim, every second on every instance; the lock of a call row
 * by every transcript segment; the presence lookup of every notification delivery; the credential lookups of every provider call and LiveKit webhook) must reuse
 * Hibernate's cached query plan. A native select through Hibernate Reactive never does: each execution adds a plan
 * under the same SQL, the cache fills with copies and every lookup of that SQL walks all of them
 * (docs/decisions.md #11). Such a query on a hot path shows up here as a growing plan count.
 */
@QuarkusTest
class HotQueryPlanCacheTest {

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    OutboxQueue outbox;

    @Inject
    PresenceRepository presence;

    @Inject
    CredentialStore credentials;

    @Inject
    TranscriptRepository transcripts;

    @Inject
    CallFixtures fixtures;

    @Inject
    Scheduler scheduler;

    private final TenantId tenant = TenantId.random();

    @BeforeEach
    void pauseRelay() {
        scheduler.pause("outbox-relay");
    }

    @AfterEach
    void resumeRelay() {
        scheduler.resume("outbox-relay");
    }

    @Test
    void theOutboxClaimReusesItsPlan() {
        assertRepeatsAddNoPlans(() -> outbox.claim(1, Duration.ofMillis(1)).replaceWithVoid());
    }

    @Test
    void presenceLookupsReuseTheirPlans() {
        assertRepeatsAddNoPlans(() -> presence.findByIdentity(tenant, "admin-1").replaceWithVoid());
        assertRepeatsAddNoPlans(() -> presence.list(tenant).replaceWithVoid());
    }

    @Test
    void credentialLookupsReuseTheirPlans() {
        assertRepeatsAddNoPlans(() -> credentials.load(tenant).replaceWithVoid());
        assertRepeatsAddNoPlans(() -> credentials.findTenantByLiveKitApiKey("APIunknown").replaceWithVoid());
    }

    @Test
    void transcriptAppendsReuseTheirPlans() {
        Api.TestTenant owner = Api.newTenant();
        Call call = fixtures.inboundCall(owner.tenantId(), null, "CA-plans-" + owner.slug(), Instant.now());
        AtomicInteger segment = new AtomicInteger();
        assertRepeatsAddNoPlans(() -> transcripts.append(new NewSegment(owner.tenantId(), call.id(),
                "seg-" + segment.incrementAndGet(), Speaker.CALLER, null, "hello", Duration.ZERO, Duration.ofMillis(500),
                0.9, Instant.now())).replaceWithVoid());
        assertThat(OnVertx.await(() -> transcripts.list(owner.tenantId(), call.id(), 0, 10)))
                .extracting(TranscriptSegment::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    private void assertRepeatsAddNoPlans(Supplier<Uni<Void>> query) {
        OnVertx.await(query); // the first run may add its plan
        int before = cachedPlans();
        for (int i = 0; i < 5; i++) {
            OnVertx.await(query);
        }
        assertThat(cachedPlans()).as("query plans cached after five more runs").isEqualTo(before);
    }

    private int cachedPlans() {
        Object factory = ClientProxy.unwrap(sessions);
        try {
            for (var field : factory.getClass().getDeclaredFields()) {
                field.setAccessible(true);
                if (field.get(factory) instanceof SessionFactoryImplementor implementor) {
                    return implementor.getQueryEngine().getInterpretationCache().getNumberOfCachedQueryPlans();
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("No Hibernate session factory inside " + factory.getClass());
    }
}
