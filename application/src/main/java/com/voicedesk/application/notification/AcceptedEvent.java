package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.NotificationId;

/** The notification an event produced; {@code duplicate} when the idempotency key had been used already. */
public record AcceptedEvent(NotificationId notificationId, boolean duplicate) {
}
