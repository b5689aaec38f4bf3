package com.voicedesk.adapters.persistence.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.voicedesk.adapters.persistence.JsonCodec;
import com.voicedesk.domain.notification.DeliveryState;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.notification.NotificationRepository;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.notification.Recipient;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PostgresNotificationRepository implements NotificationRepository,
        PanacheRepositoryBase<NotificationEntity, UUID> {

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    /**
     * Takes the tenant's next sequence number and stores the notification with it, in one statement. The
     * upsert locks the tenant's counter row until the transaction ends: a second notification of the same
     * tenant waits, so numbers are committed in order and a rolled-back one is reused (no gaps). The data goes
     * in as text: a parameter typed jsonb would store the Java string as a JSON string.
     */
    private static final String INSERT = """
            with next as (
                insert into notification_sequences as s (tenant_id, last_seq) values (:tenant, 1)
                on conflict (tenant_id) do update set last_seq = s.last_seq + 1
                returning last_seq)
            insert into notifications (id, tenant_id, seq, type, title, message, link, data, recipient, state,
                                       created_at, delivered_at, read_at)
            select :id, :tenant, next.last_seq, :type, :title, cast(:message as text), cast(:link as text),
                   cast(cast(:data as text) as jsonb), cast(:recipient as text), :state, :createdAt,
                   cast(:deliveredAt as timestamptz), cast(:readAt as timestamptz)
            from next""";

    private final JsonCodec json;
    private final Pool pool;

    public PostgresNotificationRepository(JsonCodec json, Pool pool) {
        this.json = json;
        this.pool = pool;
    }

    @Override
    public Uni<Void> insert(Notification n) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(INSERT)
                .setParameter("id", n.id().value())
                .setParameter("tenant", n.tenantId().value())
                .setParameter("type", n.type().name())
                .setParameter("title", n.title())
                .setParameter("message", n.message())
                .setParameter("link", n.link())
                .setParameter("data", json.write(n.data()))
                .setParameter("recipient", n.recipient() instanceof Recipient.Admin admin ? admin.identity() : null)
                .setParameter("state", n.state().name())
                .setParameter("createdAt", n.createdAt())
                .setParameter("deliveredAt", n.deliveredAt())
                .setParameter("readAt", n.readAt())
                .executeUpdate())).replaceWithVoid();
    }

    @Override
    public Uni<Optional<Notification>> findById(TenantId tenant, NotificationId id) {
        return Panache.withSession(() -> find("id = ?1 and tenantId = ?2", id.value(), tenant.value()).firstResult())
                .map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    /** A single statement outside any unit of work: called by the stream fan-out and the outbox handler. */
    @Override
    public Uni<Void> markDeliveredLive(TenantId tenant, Collection<NotificationId> ids, Instant at) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID[] values = ids.stream().map(NotificationId::value).toArray(UUID[]::new);
        return pool.preparedQuery("""
                        update notifications set state = 'DELIVERED_LIVE', delivered_at = $3
                        where tenant_id = $1 and id = any($2) and state = 'PENDING'""")
                .execute(Tuple.of(tenant.value(), values, NotificationRows.timestamp(at)))
                .replaceWithVoid();
    }

    Notification toDomain(NotificationEntity e) {
        return new Notification(new NotificationId(e.id), new TenantId(e.tenantId), NotificationType.valueOf(e.type),
                e.title, e.message, e.link, json.read(e.data, DATA),
                e.recipient == null ? Recipient.allAdmins() : Recipient.admin(e.recipient),
                DeliveryState.valueOf(e.state), e.createdAt, e.deliveredAt, e.readAt);
    }
}
