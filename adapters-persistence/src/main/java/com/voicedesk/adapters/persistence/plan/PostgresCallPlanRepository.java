package com.voicedesk.adapters.persistence.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import com.voicedesk.adapters.persistence.JsonCodec;
import com.voicedesk.adapters.persistence.Repositories;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.plan.CallPlan;
import com.voicedesk.domain.plan.CallPlanId;
import com.voicedesk.domain.plan.CallPlanRepository;
import com.voicedesk.domain.plan.CallPlanStatus;
import com.voicedesk.domain.plan.RetryPolicy;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PostgresCallPlanRepository implements CallPlanRepository, PanacheRepositoryBase<CallPlanEntity, UUID> {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JsonCodec json;

    public PostgresCallPlanRepository(JsonCodec json) {
        this.json = json;
    }

    @Override
    public Uni<Void> insert(CallPlan plan) {
        CallPlanEntity e = new CallPlanEntity();
        e.id = plan.id().value();
        e.tenantId = plan.tenantId().value();
        e.createdAt = plan.createdAt();
        copy(plan, e);
        return Panache.withTransaction(() -> persistAndFlush(e)).replaceWithVoid();
    }

    @Override
    public Uni<CallPlan> update(CallPlan plan) {
        return Repositories.updateVersioned(
                        () -> find("id = ?1 and tenantId = ?2", plan.id().value(), plan.tenantId().value()).firstResult(),
                        plan.version(), e -> e.version, e -> copy(plan, e),
                        () -> new NotFoundException("Call plan", plan.id()), () -> stale(plan.id()))
                .map(this::toDomain);
    }

    @Override
    public Uni<Optional<CallPlan>> findById(TenantId tenant, CallPlanId id) {
        return Panache.withSession(() -> find("id = ?1 and tenantId = ?2", id.value(), tenant.value()).firstResult())
                .map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    /** The dialer's cross-tenant work list; each plan it returns names its tenant. */
    @Override
    public Uni<List<CallPlan>> findDue(Instant now, int limit) {
        return Panache.withSession(() -> find("status = ?1 and nextAttemptAt <= ?2", Sort.ascending("nextAttemptAt"),
                        CallPlanStatus.SCHEDULED.name(), now).range(0, limit - 1).list())
                .map(rows -> rows.stream().map(this::toDomain).toList());
    }

    private void copy(CallPlan p, CallPlanEntity e) {
        e.contactId = p.contactId().value();
        e.purpose = p.purpose().name();
        e.goal = p.goal();
        e.questions = json.write(p.questions());
        e.earliestAt = p.earliestAt();
        e.latestAt = p.latestAt();
        e.maxAttempts = p.retryPolicy().maxAttempts();
        e.retryBackoffSeconds = p.retryPolicy().backoff().toSeconds();
        e.attempts = p.attempts();
        e.nextAttemptAt = p.nextAttemptAt();
        e.status = p.status().name();
        e.verdict = p.verdict() == null ? null : json.write(VerdictDocument.of(p.verdict()));
    }

    private CallPlan toDomain(CallPlanEntity e) {
        return new CallPlan(new CallPlanId(e.id), new TenantId(e.tenantId), new ContactId(e.contactId),
                CallPurpose.valueOf(e.purpose), e.goal, json.read(e.questions, STRINGS), e.earliestAt, e.latestAt,
                new RetryPolicy(e.maxAttempts, Duration.ofSeconds(e.retryBackoffSeconds)), e.attempts,
                e.nextAttemptAt, CallPlanStatus.valueOf(e.status),
                e.verdict == null ? null : json.read(e.verdict, VerdictDocument.class).toDomain(),
                e.createdAt, e.version);
    }

    private static ConflictException stale(CallPlanId id) {
        return new ConflictException("Call plan " + id + " was changed concurrently; reload it and try again");
    }
}
