package com.voicedesk.application.tenant;

import io.smallrye.mutiny.Uni;

import java.util.Optional;

public interface AuthenticateApiKeyUseCase {

    /** The tenant behind an active key; empty for an unknown, malformed or revoked key. */
    Uni<Optional<TenantPrincipal>> authenticate(String presentedKey);

    /**
     * Whether a key authenticated earlier still stands: the tenant's key, not revoked. Checked for what outlives one
     * request: the admin tokens it minted, and open streams.
     */
    Uni<Boolean> isActive(TenantPrincipal principal);
}
