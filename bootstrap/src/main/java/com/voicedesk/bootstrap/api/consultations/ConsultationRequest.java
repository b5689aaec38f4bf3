package com.voicedesk.bootstrap.api.consultations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A consultation for a contact, opened by the admin {@code adminIdentity} (who receives the first token);
 * {@code record} starts a recording to the tenant's recording output.
 */
public record ConsultationRequest(
        @NotBlank String contactId,
        @NotBlank @Size(max = 64) String adminIdentity,
        @Size(max = 120) String adminName,
        @Size(max = 200) String title,
        Boolean record) {
}
