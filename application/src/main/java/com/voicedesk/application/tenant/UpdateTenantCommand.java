package com.voicedesk.application.tenant;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.tenant.TenantSettings;
import com.voicedesk.domain.tenant.TenantSlug;

import java.util.function.UnaryOperator;

/**
 * A change to a tenant: a new name ({@code null} keeps it), a change of settings applied to the current
 * ones (so that a partial update merges), and credential changes per provider.
 */
public record UpdateTenantCommand(TenantSlug slug, String name, UnaryOperator<TenantSettings> settings,
                                  CredentialChanges credentials) {

    public UpdateTenantCommand {
        Require.nonNull(slug, "slug");
        name = Require.optionalText(name, "name", 120);
        settings = settings == null ? UnaryOperator.identity() : settings;
        credentials = credentials == null ? CredentialChanges.none() : credentials;
    }
}
