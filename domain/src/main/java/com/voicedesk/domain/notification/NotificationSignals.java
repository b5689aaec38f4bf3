package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/**
 * Tells every instance sharing the database that something changed. Sent inside the caller's transaction and
 * heard only if it commits; a signal carries no data, listeners read the store. (Storing a notification
 * signals it by itself: see {@link NotificationRepository#insert}.)
 */
@FunctionalInterface
public interface NotificationSignals {

    Uni<Void> preferencesChanged(TenantId tenant, String admin);
}
