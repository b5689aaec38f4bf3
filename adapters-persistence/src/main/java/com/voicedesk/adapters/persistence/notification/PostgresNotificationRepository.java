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


    private final JsonCodec json;
    private final Pool pool;

    public PostgresNotificationRepository(JsonCodec json, Pool pool) {
        this.json = json;
        this.pool = pool;
    }

    /** The feed number and the signal come at commit, from a deferred trigger (migration V6_1). */
    @Override
    public Uni<Void> insert(Notification n) {
        NotificationEntity e = new NotificationEntity();
        e.id = n.id().value();
        e.tenantId = n.tenantId().value();
        e.type = n.type().name();
        e.title = n.title();
        e.message = n.message();
        e.link = n.link();
        e.data = json.write(n.data());
        e.recipient = n.recipient() instanceof Recipient.Admin admin ? admin.identity() : null;
        e.state = n.state().name();
        e.createdAt = n.createdAt();
        e.deliveredAt = n.deliveredAt();
        e.readAt = n.readAt();
        return Panache.withTransaction(() -> persistAndFlush(e)).replaceWithVoid();
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
