package com.voicedesk.application.support;

import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.tenant.TenantSettings;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tenants in a map. */
public final class InMemoryTenants implements TenantRepository {

    private final Map<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

    public Tenant add(String slug) {
        Tenant tenant = Tenant.create(new TenantSlug(slug), slug, TenantSettings.defaults(slug), Instant.EPOCH);
        tenants.put(tenant.id(), tenant);
        return tenant;
    }

    @Override
    public Uni<Void> insert(Tenant tenant) {
        tenants.put(tenant.id(), tenant);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> update(Tenant tenant) {
        return insert(tenant);
    }

    @Override
    public Uni<Optional<Tenant>> findById(TenantId id) {
        return Uni.createFrom().item(Optional.ofNullable(tenants.get(id)));
    }

    @Override
    public Uni<Optional<Tenant>> findBySlug(TenantSlug slug) {
        return Uni.createFrom().item(tenants.values().stream().filter(t -> t.slug().equals(slug)).findFirst());
    }

    @Override
    public Uni<List<Tenant>> list() {
        return Uni.createFrom().item(List.copyOf(tenants.values()));
    }

    @Override
    public Uni<Boolean> isEmpty() {
        return Uni.createFrom().item(tenants.isEmpty());
    }
}
