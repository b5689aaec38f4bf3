package com.voicedesk.application.testing;

import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallFilter;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Calls in a map, with the repository's optimistic locking (a stale version is a ConflictException). */
public final class InMemoryCalls implements CallRepository {

    public final Map<CallId, Call> rows = new ConcurrentHashMap<>();
    /** Updates to fail with a conflict before succeeding, as if someone else had written first. */
    public final AtomicInteger conflictsToInject = new AtomicInteger();

    @Override
    public Uni<Void> insert(Call call) {
        return Uni.createFrom().item(() -> {
            boolean taken = rows.values().stream().anyMatch(c -> c.tenantId().equals(call.tenantId())
                    && call.providerCallId() != null && call.providerCallId().equals(c.providerCallId()));
            if (taken) {
                throw new ConflictException("duplicate provider id");
            }
            rows.put(call.id(), call);
            return null;
        });
    }

    @Override
    public synchronized Uni<Call> update(Call call) {
        return Uni.createFrom().item(() -> {
            synchronized (this) {
                Call stored = rows.get(call.id());
                if (stored == null) {
                    throw new NotFoundException("Call", call.id());
                }
                if (stored.version() != call.version() || conflictsToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new ConflictException("stale");
                }
                Call next = new Call(call.id(), call.tenantId(), call.contactId(), call.direction(), call.purpose(),
                        call.status(), call.from(), call.to(), call.providerCallId(), call.roomName(),
                        call.transcriptStatus(), call.costs(), call.createdAt(), call.answeredAt(), call.endedAt(),
                        call.version() + 1);
                rows.put(call.id(), next);
                return next;
            }
        });
    }

    @Override
    public Uni<Optional<Call>> findById(TenantId tenant, CallId id) {
        return Uni.createFrom().item(() -> Optional.ofNullable(rows.get(id)).filter(c -> c.tenantId().equals(tenant)));
    }

    @Override
    public Uni<Optional<Call>> findByProviderCallId(TenantId tenant, String providerCallId) {
        return Uni.createFrom().item(() -> rows.values().stream()
                .filter(c -> c.tenantId().equals(tenant) && providerCallId.equals(c.providerCallId())).findFirst());
    }

    @Override
    public Uni<Optional<Call>> findByRoomName(TenantId tenant, String roomName) {
        return Uni.createFrom().item(() -> rows.values().stream()
                .filter(c -> c.tenantId().equals(tenant) && roomName.equals(c.roomName())).findFirst());
    }

    @Override
    public Uni<Page<Call>> list(TenantId tenant, CallFilter filter, PageRequest page) {
        List<Call> all = rows.values().stream().filter(c -> c.tenantId().equals(tenant)).toList();
        return Uni.createFrom().item(Page.of(all, page, all.size()));
    }

    public Call only() {
        assert rows.size() == 1;
        return rows.values().iterator().next();
    }
}
