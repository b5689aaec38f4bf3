package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Optional;

/** Tenants and their non-secret settings. */
public interface TenantRepository {

    /** Inserts a new tenant; a taken slug fails with a {@link com.voicedesk.domain.shared.ConflictException}. */
    Uni<Void> insert(Tenant tenant);

    Uni<Void> update(Tenant tenant);

    Uni<Optional<Tenant>> findById(TenantId id);

    Uni<Optional<Tenant>> findBySlug(TenantSlug slug);

    Uni<List<Tenant>> list();

    /** True when no tenant exists at all (a fresh installation). */
    Uni<Boolean> isEmpty();
}
