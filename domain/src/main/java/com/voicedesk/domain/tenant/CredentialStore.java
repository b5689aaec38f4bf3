package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

/** The tenant's provider credentials, encrypted at rest by the implementation. */
public interface CredentialStore {

    /** The tenant's credentials; {@link ProviderCredentials#none()} when nothing was set. */
    Uni<ProviderCredentials> load(TenantId tenant);

    Uni<Void> save(TenantId tenant, ProviderCredentials credentials);

    /** The tenant whose LiveKit API key this is: how a LiveKit webhook finds its tenant. */
    Uni<Optional<TenantId>> findTenantByLiveKitApiKey(String apiKey);

    /** Whether secrets can be stored at all (a master key is configured). */
    boolean canStoreSecrets();
}
