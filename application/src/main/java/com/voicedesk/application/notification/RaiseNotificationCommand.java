package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.notification.Recipient;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.util.Map;

public record RaiseNotificationCommand(TenantId tenantId, NotificationType type, String title, String message,
                                       String link, Map<String, Object> data, Recipient recipient) {

    public RaiseNotificationCommand {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(type, "type");
        recipient = recipient == null ? Recipient.allAdmins() : recipient;
        data = data == null ? Map.of() : data;
    }
}
