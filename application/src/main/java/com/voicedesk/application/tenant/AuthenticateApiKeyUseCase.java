package com.voicedesk.application.tenant;

import io.smallrye.mutiny.Uni;

import java.util.Optional;

public interface AuthenticateApiKeyUseCase {

    /** The tenant behind an active key; empty for an unknown, malformed or revoked key. */
    Uni<Optional<TenantPrincipal>> authenticate(String presentedKey);
}
