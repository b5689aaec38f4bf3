package com.voicedesk.adapters.persistence.notification;

import com.voicedesk.domain.notification.NotificationSignal;
import com.voicedesk.domain.notification.NotificationSignals;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Signals as PostgreSQL {@code NOTIFY} on one channel, sent in the caller's transaction if there is one:
 * PostgreSQL delivers them to every listening connection when (and only if) it commits, in commit order.
 * Payloads: {@code n:<tenant>:<seq>} (the feed reached seq; sent at commit by the trigger that numbers
 * notifications, migration V6_1, whose channel name must stay this one) and {@code p:<tenant>:<base64url admin>} (preferences changed).
 */
@ApplicationScoped
public class PostgresNotificationSignals implements NotificationSignals {

    public static final String CHANNEL = "voicedesk_notifications";

    /** In the caller's transaction when there is one (heard on commit), else at once. */
    @Override
    public Uni<Void> preferencesChanged(TenantId tenant, String admin) {
        String payload = "p:" + tenant.value() + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(admin.getBytes(StandardCharsets.UTF_8));
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select count(pg_notify(:channel, cast(:payload as text)))", Long.class)
                .setParameter("channel", CHANNEL)
                .setParameter("payload", payload)
                .getSingleResult())).replaceWithVoid();
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
