package com.voicedesk.bootstrap.api.notifications;

import com.voicedesk.domain.notification.NotificationType;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

/** The notification types the admin does not want; an empty list turns every type back on. */
public record PreferencesRequest(@NotNull Set<NotificationType> muted) {
}
