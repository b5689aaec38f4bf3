package com.voicedesk.bootstrap.api.notifications;

import com.voicedesk.domain.notification.NotificationPreferences;
import com.voicedesk.domain.notification.NotificationType;

import java.time.Instant;
import java.util.List;

/** {@code muted}: types the admin does not get; {@code receives}: the others. */
public record PreferencesResponse(String admin, List<NotificationType> muted, List<NotificationType> receives,
                                  Instant updatedAt) {

    static PreferencesResponse of(NotificationPreferences p) {
        List<NotificationType> all = List.of(NotificationType.values());
        return new PreferencesResponse(p.admin(), all.stream().filter(t -> !p.wants(t)).toList(),
                all.stream().filter(p::wants).toList(), p.updatedAt());
    }
}
