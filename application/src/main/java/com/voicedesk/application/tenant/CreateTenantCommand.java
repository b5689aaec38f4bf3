package com.voicedesk.application.tenant;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.tenant.TenantSettings;
import com.voicedesk.domain.tenant.TenantSlug;

public record CreateTenantCommand(TenantSlug slug, String name, TenantSettings settings) {

    public CreateTenantCommand {
        Require.nonNull(slug, "slug");
        name = Require.text(name, "name", 120);
        settings = settings == null ? TenantSettings.defaults(name) : settings;
    }
}
