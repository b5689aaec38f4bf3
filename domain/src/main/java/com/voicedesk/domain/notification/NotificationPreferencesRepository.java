package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.Collection;
import java.util.Map;

public interface NotificationPreferencesRepository {

    /** The admin's preferences; {@link NotificationPreferences#defaults} when none were saved. */
    Uni<NotificationPreferences> find(TenantId tenant, String admin);

    /** Preferences of each of these admins (defaults for those who saved none). */
    Uni<Map<String, NotificationPreferences>> findAll(TenantId tenant, Collection<String> admins);

    /** Replaces the admin's preferences; joins the caller's transaction. */
    Uni<Void> save(NotificationPreferences preferences);
}
