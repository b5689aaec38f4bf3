package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;

/**
 * A tenant API key as stored: its visible prefix (to tell keys apart) and metadata. The key itself is
 * shown once when issued and only its hash is kept.
 */
public record ApiKey(ApiKeyId id, TenantId tenantId, String name, String prefix, Instant createdAt, Instant revokedAt) {

    public ApiKey {
        Require.nonNull(id, "id");
        Require.nonNull(tenantId, "tenantId");
        name = Require.text(name, "name", 100);
        prefix = Require.text(prefix, "prefix", 32);
        Require.nonNull(createdAt, "createdAt");
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}
