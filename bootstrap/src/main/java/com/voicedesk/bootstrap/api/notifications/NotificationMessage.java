package com.voicedesk.bootstrap.api.notifications;

import com.voicedesk.domain.notification.FeedEntry;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.notification.Recipient;

import java.time.Instant;
import java.util.Map;

/**
 * A notification on the wire: the SSE {@code data} of a "notification" event and the payload of a data packet
 * on topic "notifications". {@code seq} is the stream's event id; {@code admin} is null for every admin.
 */
public record NotificationMessage(String id, long seq, NotificationType type, String title, String message,
                                  String link, Map<String, Object> data, String admin, Instant createdAt) {

    public static NotificationMessage of(FeedEntry entry) {
        Notification n = entry.notification();
        return new NotificationMessage(n.id().toString(), entry.seq(), n.type(), n.title(), n.message(), n.link(),
                n.data(), adminOf(n.recipient()), n.createdAt());
    }

    static String adminOf(Recipient recipient) {
        return recipient instanceof Recipient.Admin admin ? admin.identity() : null;
    }
}
