package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.AdminIdentity;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.util.Set;

/** The types this admin does not want (replaces what was set before; empty = everything). */
public record UpdateNotificationPreferencesCommand(TenantId tenantId, String admin, Set<NotificationType> muted) {

    public UpdateNotificationPreferencesCommand {
        Require.nonNull(tenantId, "tenantId");
        admin = AdminIdentity.require(admin);
        muted = muted == null ? Set.of() : Set.copyOf(muted);
    }
}
