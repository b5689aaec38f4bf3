package com.voicedesk.application.tenant;

import com.voicedesk.domain.tenant.ApiKeyRepository;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

/** Turns a presented bearer key into a tenant. Malformed keys are refused without a database lookup. */
public final class ApiKeyAuthenticator implements AuthenticateApiKeyUseCase {

    private final ApiKeyRepository apiKeys;

    public ApiKeyAuthenticator(ApiKeyRepository apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public Uni<Optional<TenantPrincipal>> authenticate(String presentedKey) {
        if (!ApiKeySecrets.looksValid(presentedKey)) {
            return Uni.createFrom().item(Optional.empty());
        }
        return apiKeys.findActiveByHash(ApiKeySecrets.hash(presentedKey))
                .map(found -> found.map(key -> new TenantPrincipal(key.tenantId(), key.id())));
    }

    @Override
    public Uni<Boolean> isActive(TenantPrincipal principal) {
        return apiKeys.isActive(principal.tenantId(), principal.keyId());
    }
}
