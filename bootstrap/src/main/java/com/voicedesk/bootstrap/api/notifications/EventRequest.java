package com.voicedesk.bootstrap.api.notifications;

import com.voicedesk.application.notification.AcceptCrmEventCommand;
import com.voicedesk.domain.notification.AdminIdentity;
import com.voicedesk.domain.notification.NotificationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * Something that happened in the CRM. {@code admin} names the one admin it is for; left out, it is for every
 * admin of the tenant. {@code data} is a small JSON object for the frontend (ids, amounts, names).
 */
public record EventRequest(
        @NotNull NotificationType type,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String message,
        @Size(max = 500) String link,
        @Size(max = 50) Map<String, Object> data,
        @Size(max = AdminIdentity.MAX_LENGTH) String admin,
        @Size(max = AcceptCrmEventCommand.MAX_KEY_LENGTH) String idempotencyKey) {
}
