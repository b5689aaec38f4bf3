package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;
import java.util.Map;

/**
 * Something an admin should know. {@code data} is a small JSON-compatible map (strings, numbers,
 * booleans, lists and maps of those) the frontend uses to render and link.
 */
public record Notification(
        NotificationId id,
        TenantId tenantId,
        NotificationType type,
        String title,
        String message,
        String link,
        Map<String, Object> data,
        Recipient recipient,
        DeliveryState state,
        Instant createdAt,
        Instant deliveredAt,
        Instant readAt) {

    public Notification {
        Require.nonNull(id, "id");
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(type, "type");
        title = Require.text(title, "title", 200);
        message = Require.optionalText(message, "message", 2000);
        link = Require.optionalText(link, "link", 500);
        data = Require.map(data, "data", 50);
        Require.nonNull(recipient, "recipient");
        Require.nonNull(state, "state");
        Require.nonNull(createdAt, "createdAt");
    }

    public static Notification raise(TenantId tenant, NotificationType type, String title, String message,
                                     String link, Map<String, Object> data, Recipient recipient, Instant now) {
        return new Notification(NotificationId.random(), tenant, type, title, message, link, data, recipient,
                DeliveryState.PENDING, now, null, null);
    }
}
