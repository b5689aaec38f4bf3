package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which notification types one admin does not want. Muting (rather than opting in) means a type added later
 * reaches everyone until they mute it. Applies to every channel: stream, data channel and inbox.
 */
public record NotificationPreferences(TenantId tenantId, String admin, Set<NotificationType> muted, Instant updatedAt) {

    public NotificationPreferences {
        Require.nonNull(tenantId, "tenantId");
        admin = AdminIdentity.require(admin);
        muted = muted == null || muted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(muted));
    }

    /** An admin who never set preferences gets everything. */
    public static NotificationPreferences defaults(TenantId tenant, String admin) {
        return new NotificationPreferences(tenant, admin, Set.of(), null);
    }

    public boolean wants(NotificationType type) {
        return !muted.contains(type);
    }
}
