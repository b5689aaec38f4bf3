package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/**
 * Tells every instance sharing the database that something changed. Sent inside the caller's transaction and
 * heard only if it commits; a signal carries no data, listeners read the store.
 */
public interface NotificationSignals {

    Uni<Void> notificationRaised(TenantId tenant, NotificationId id);

    Uni<Void> preferencesChanged(TenantId tenant, String admin);
}
