package com.voicedesk.application.tenant;

import io.smallrye.mutiny.Uni;

import java.util.Optional;

public interface AuthenticateApiKeyUseCase {

    /** The tenant behind an active key; empty for an unknown, malformed or revoked key. */
    Uni<Optional<TenantPrincipal>> authenticate(String presentedKey);

    /** Whether a key still stands behind what it issued (an admin token): the tenant's key, not revoked. */
    Uni<Boolean> isActive(TenantPrincipal principal);
}
