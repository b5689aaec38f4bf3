package com.voicedesk.application.tenant;

import io.smallrye.mutiny.Uni;

import java.util.Optional;

public interface SeedDemoTenantUseCase {

    /** Creates the tenant {@code demo} and a key when there is no tenant at all; the key, or empty. */
    Uni<Optional<IssuedApiKey>> seedIfEmpty();
}
