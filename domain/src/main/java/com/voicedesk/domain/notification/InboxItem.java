package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.Require;

import java.time.Instant;

/**
 * A notification as one admin's inbox shows it: {@code state} is that admin's (READ once they read it,
 * otherwise the notification's own PENDING or DELIVERED_LIVE).
 */
public record InboxItem(long seq, Notification notification, DeliveryState state, Instant readAt) {

    public InboxItem {
        Require.nonNull(notification, "notification");
        Require.nonNull(state, "state");
    }
}
