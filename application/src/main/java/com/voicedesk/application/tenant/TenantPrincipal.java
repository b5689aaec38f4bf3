package com.voicedesk.application.tenant;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.ApiKeyId;

/** Who is calling the API: a tenant, through one of its keys. */
public record TenantPrincipal(TenantId tenantId, ApiKeyId keyId) {

    public TenantPrincipal {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(keyId, "keyId");
    }
}
