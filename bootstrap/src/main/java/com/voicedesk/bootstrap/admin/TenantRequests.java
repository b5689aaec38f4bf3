package com.voicedesk.bootstrap.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the tenant administration API. */
public final class TenantRequests {

    private TenantRequests() {
    }

    /** A new tenant; settings default to US Central time, USD, weekdays 9 to 6. */
    public record Create(@NotBlank @Size(max = 40) String slug, @NotBlank @Size(max = 120) String name,
                         @Valid TenantSettingsDto settings) {
    }

    /** Every part optional: the name, settings parts to replace, credentials to set or remove. */
    public record Update(@Size(max = 120) String name, @Valid TenantSettingsDto settings,
                         @Valid CredentialsPatchDto credentials) {
    }

    public record IssueKey(@Size(max = 100) String name) {
    }
}
