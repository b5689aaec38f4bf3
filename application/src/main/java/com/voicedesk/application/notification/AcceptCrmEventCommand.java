package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.notification.Recipient;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Something that happened in the CRM (new lead, payment received, contract signed, lead status changed).
 * {@code idempotencyKey} is optional; with one, sending the same event again is harmless.
 */
public record AcceptCrmEventCommand(TenantId tenantId, String idempotencyKey, NotificationType type, String title,
                                    String message, String link, Map<String, Object> data, Recipient recipient) {

    public static final int MAX_KEY_LENGTH = 200;

    public AcceptCrmEventCommand {
        Require.nonNull(tenantId, "tenantId");
        idempotencyKey = Require.optionalText(idempotencyKey, "idempotencyKey", MAX_KEY_LENGTH);
        Require.nonNull(type, "type");
        if (!type.fromCrm()) {
            throw new InvalidValueException("type", "must be one of " + crmTypes()
                    + "; " + type + " is raised by VoiceDesk itself");
        }
        recipient = recipient == null ? Recipient.allAdmins() : recipient;
        data = data == null ? Map.of() : data;
    }

    static String crmTypes() {
        return Arrays.stream(NotificationType.values()).filter(NotificationType::fromCrm).map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
