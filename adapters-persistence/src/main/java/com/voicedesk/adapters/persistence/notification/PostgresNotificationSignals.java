package com.voicedesk.adapters.persistence.notification;

import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.notification.NotificationSignal;
import com.voicedesk.domain.notification.NotificationSignals;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Signals as PostgreSQL {@code NOTIFY} on one channel, sent in the caller's transaction: PostgreSQL delivers
 * them to every listening connection when (and only if) the transaction commits, in commit order.
 * Payloads: {@code n:<tenant>:<seq>} (the feed reached seq) and {@code p:<tenant>:<base64url admin>}.
 */
@ApplicationScoped
public class PostgresNotificationSignals implements NotificationSignals {

    public static final String CHANNEL = "voicedesk_notifications";

    @Override
    public Uni<Void> notificationRaised(TenantId tenant, NotificationId id) {
        // the payload carries the notification's seq, read in the same transaction that stored it
        return notify("""
                select count(pg_notify(:channel, 'n:' || n.tenant_id || ':' || n.seq))
                from notifications n where n.id = :id and n.tenant_id = :tenant""", Map.of("id", id.value(), "tenant", tenant.value()));
    }

    @Override
    public Uni<Void> preferencesChanged(TenantId tenant, String admin) {
        String payload = "p:" + tenant.value() + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(admin.getBytes(StandardCharsets.UTF_8));
        return notify("select count(pg_notify(:channel, cast(:payload as text)))", Map.of("payload", payload));
    }

    private static Uni<Void> notify(String sql, Map<String, Object> parameters) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> {
            Mutiny.SelectionQuery<Long> query = session.createNativeQuery(sql, Long.class).setParameter("channel", CHANNEL);
            parameters.forEach(query::setParameter);
            return query.getSingleResult();
        })).replaceWithVoid();
    }

    /** The signal a payload stands for; empty for a payload this version does not know. */
    static Optional<NotificationSignal> parse(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        String[] parts = payload.split(":", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            TenantId tenant = TenantId.of(parts[1]);
            return switch (parts[0]) {
                case "n" -> Optional.of(new NotificationSignal.FeedAdvanced(tenant, Long.parseLong(parts[2])));
                case "p" -> Optional.of(new NotificationSignal.PreferencesChanged(tenant,
                        new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8)));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
