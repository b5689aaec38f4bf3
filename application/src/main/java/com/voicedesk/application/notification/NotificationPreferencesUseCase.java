package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.NotificationPreferences;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/** Per-admin choice of notification types; applies to the stream, the data channel and the inbox. */
public interface NotificationPreferencesUseCase {

    Uni<NotificationPreferences> preferences(TenantId tenant, String admin);

    /** Saves them and tells every instance, so that open streams apply them at once. */
    Uni<NotificationPreferences> updatePreferences(UpdateNotificationPreferencesCommand command);
}
