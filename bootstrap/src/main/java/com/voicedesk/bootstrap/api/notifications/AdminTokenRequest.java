package com.voicedesk.bootstrap.api.notifications;

import com.voicedesk.domain.notification.AdminIdentity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The admin a token is for: the identity the frontend uses (also their LiveKit identity). */
public record AdminTokenRequest(@NotBlank @Size(max = AdminIdentity.MAX_LENGTH) String admin) {
}
