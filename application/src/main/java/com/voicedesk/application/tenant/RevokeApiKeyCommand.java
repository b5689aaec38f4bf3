package com.voicedesk.application.tenant;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.tenant.ApiKeyId;
import com.voicedesk.domain.tenant.TenantSlug;

public record RevokeApiKeyCommand(TenantSlug slug, ApiKeyId keyId) {

    public RevokeApiKeyCommand {
        Require.nonNull(slug, "slug");
        Require.nonNull(keyId, "keyId");
    }
}
