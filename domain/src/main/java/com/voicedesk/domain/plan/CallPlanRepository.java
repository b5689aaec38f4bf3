package com.voicedesk.domain.plan;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Scheduled outbound calls. */
public interface CallPlanRepository {

    Uni<Void> insert(CallPlan plan);

    /** Optimistic update; a stale version fails with a ConflictException. */
    Uni<CallPlan> update(CallPlan plan);

    Uni<Optional<CallPlan>> findById(TenantId tenant, CallPlanId id);

    /** Scheduled plans due at {@code now}, across tenants, oldest first: the dialer's work list. */
    Uni<List<CallPlan>> findDue(Instant now, int limit);
}
