package com.voicedesk.adapters.persistence.notification;

import com.voicedesk.domain.notification.EventIdempotency;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys in {@code event_idempotency_keys}, claimed in the caller's transaction. A claim of a key
 * another transaction holds uncommitted waits for it (the primary key), then sees its outcome: taken if it
 * committed, free if it rolled back.
 */
@ApplicationScoped
public class PostgresEventIdempotency implements EventIdempotency {

    @Override
    public Uni<Optional<Claimed>> claim(TenantId tenant, String key, String fingerprint, NotificationId notification,
                                        Instant at) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                                insert into event_idempotency_keys (tenant_id, idempotency_key, fingerprint, notification_id, created_at)
                                values (:tenant, :key, :fingerprint, :notification, :at)
                                on conflict (tenant_id, idempotency_key) do nothing""")
                        .setParameter("tenant", tenant.value())
                        .setParameter("key", key)
                        .setParameter("fingerprint", fingerprint)
                        .setParameter("notification", notification.value())
                        .setParameter("at", at)
                        .executeUpdate()
                        .flatMap(inserted -> inserted == 1 ? Uni.createFrom().item(Optional.<Claimed>empty())
                                : session.createNativeQuery("""
                                        select notification_id, fingerprint from event_idempotency_keys
                                        where tenant_id = :tenant and idempotency_key = :key""", Object[].class)
                                .setParameter("tenant", tenant.value())
                                .setParameter("key", key)
                                .getSingleResult()
                                .map(row -> Optional.of(new Claimed(new NotificationId((UUID) row[0]), (String) row[1]))))));
    }

    @Override
    public Uni<Long> purgeClaimedBefore(Instant before) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "delete from event_idempotency_keys where created_at < :before")
                .setParameter("before", before)
                .executeUpdate()))
                .map(Integer::longValue);
    }
}
