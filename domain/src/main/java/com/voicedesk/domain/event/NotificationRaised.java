package com.voicedesk.domain.event;

import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/** A notification was stored and is waiting to be pushed to its admins. */
public record NotificationRaised(TenantId tenantId, NotificationId notificationId) implements DomainEvent {

    public NotificationRaised {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(notificationId, "notificationId");
    }
}
