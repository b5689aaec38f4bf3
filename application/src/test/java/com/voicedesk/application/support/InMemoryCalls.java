package com.voicedesk.application.support;

import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallFilter;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Calls in a map, with the optimistic lock of the real store; {@link #failNextUpdates} simulates a racing writer. */
public final class InMemoryCalls implements CallRepository {

    private final Map<CallId, Call> calls = new ConcurrentHashMap<>();
    private final AtomicInteger conflictsToRaise = new AtomicInteger();

    public void failNextUpdates(int count) {
        conflictsToRaise.set(count);
    }

    public Call get(CallId id) {
        return calls.get(id);
    }

    @Override
    public Uni<Void> insert(Call call) {
        calls.put(call.id(), call);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Call> update(Call call) {
        return Uni.createFrom().item(() -> {
            if (conflictsToRaise.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                throw new ConflictException("Call " + call.id() + " was changed concurrently");
            }
            Call stored = calls.get(call.id());
            if (stored == null || stored.version() != call.version()) {
                throw new ConflictException("Call " + call.id() + " was changed concurrently");
            }
            Call next = new Call(call.id(), call.tenantId(), call.contactId(), call.direction(), call.purpose(),
                    call.status(), call.from(), call.to(), call.providerCallId(), call.roomName(),
                    call.transcriptStatus(), call.costs(), call.createdAt(), call.answeredAt(), call.endedAt(),
                    call.version() + 1);
            calls.put(call.id(), next);
            return next;
        });
    }

    @Override
    public Uni<Optional<Call>> findById(TenantId tenant, CallId id) {
        return Uni.createFrom().item(Optional.ofNullable(calls.get(id)).filter(c -> c.tenantId().equals(tenant)));
    }

    @Override
    public Uni<Optional<Call>> findByProviderCallId(TenantId tenant, String providerCallId) {
        return Uni.createFrom().item(calls.values().stream()
                .filter(c -> c.tenantId().equals(tenant) && Objects.equals(c.providerCallId(), providerCallId)).findFirst());
    }

    @Override
    public Uni<Optional<Call>> findByRoomName(TenantId tenant, String roomName) {
        return Uni.createFrom().item(calls.values().stream()
                .filter(c -> c.tenantId().equals(tenant) && Objects.equals(c.roomName(), roomName)).findFirst());
    }

    @Override
    public Uni<Page<Call>> list(TenantId tenant, CallFilter filter, PageRequest page) {
        List<Call> all = calls.values().stream().filter(c -> c.tenantId().equals(tenant)).toList();
        return Uni.createFrom().item(Page.of(all, page, all.size()));
    }
}
