package com.voicedesk.application.tenant;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.tenant.TenantSlug;

public record IssueApiKeyCommand(TenantSlug slug, String name) {

    public IssueApiKeyCommand {
        Require.nonNull(slug, "slug");
        name = name == null || name.isBlank() ? "default" : Require.text(name, "name", 100);
    }
}
