package com.voicedesk.application.support;

import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import io.smallrye.mutiny.Uni;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A unit of work whose idempotency marks roll back with a failed transaction, as they do in the database:
 * enough to show that a failed attempt can be retried and a committed one cannot be repeated.
 */
public final class FakeTransactions implements UnitOfWork, ProcessedWebhookEvents {

    private final Set<String> marks = ConcurrentHashMap.newKeySet();
    private final List<Runnable> rollback = new ArrayList<>();
    private int commits;

    public int commits() {
        return commits;
    }

    @Override
    public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            rollback.clear();
            return work.get();
        }).onItem().invoke(ignored -> {
            rollback.clear();
            commits++;
        }).onFailure().invoke(failure -> {
            rollback.forEach(Runnable::run);
            rollback.clear();
        });
    }

    @Override
    public Uni<Boolean> markProcessed(String provider, String eventId, TenantId tenant) {
        String key = provider + "/" + eventId;
        boolean first = marks.add(key);
        if (first) {
            rollback.add(() -> marks.remove(key));
        }
        return Uni.createFrom().item(first);
    }
}
