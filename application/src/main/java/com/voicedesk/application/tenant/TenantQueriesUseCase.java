package com.voicedesk.application.tenant;

import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;

import java.util.List;

public interface TenantQueriesUseCase {

    /** Fails with NotFoundException for an unknown slug. */
    Uni<TenantView> get(TenantSlug slug);

    Uni<List<TenantView>> list();
}
