package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.Identifiers;
import com.voicedesk.domain.shared.Require;

import java.util.UUID;

public record NotificationId(UUID value) {

    public NotificationId {
        Require.nonNull(value, "notificationId");
    }

    public static NotificationId random() {
        return new NotificationId(UUID.randomUUID());
    }

    public static NotificationId of(String raw) {
        return new NotificationId(Identifiers.parse(raw, "notificationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
