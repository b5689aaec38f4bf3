package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys, looked up by the hash of the presented key. */
public interface ApiKeyRepository {

    Uni<Void> insert(ApiKey key, String keyHash);

    /** The active (not revoked) key with this hash. */
    Uni<Optional<ApiKey>> findActiveByHash(String keyHash);

    /** Whether the tenant has this key and it is not revoked. */
    Uni<Boolean> isActive(TenantId tenant, ApiKeyId id);

    /** Revokes the key; false when the tenant has no such active key. */
    Uni<Boolean> revoke(TenantId tenant, ApiKeyId id, Instant at);

    Uni<List<ApiKey>> list(TenantId tenant);
}
