package com.voicedesk.bootstrap.api.notifications;

import com.voicedesk.domain.notification.DeliveryState;
import com.voicedesk.domain.notification.InboxItem;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationType;

import java.time.Instant;
import java.util.Map;

/** A notification in an admin's inbox, with that admin's state (PENDING, DELIVERED_LIVE or READ). */
public record InboxItemResponse(String id, long seq, NotificationType type, String title, String message, String link,
                                Map<String, Object> data, String admin, Instant createdAt, DeliveryState state,
                                Instant deliveredAt, Instant readAt) {

    static InboxItemResponse of(InboxItem item) {
        Notification n = item.notification();
        return new InboxItemResponse(n.id().toString(), item.seq(), n.type(), n.title(), n.message(), n.link(), n.data(),
                NotificationMessage.adminOf(n.recipient()), n.createdAt(), item.state(), n.deliveredAt(), item.readAt());
    }
}
