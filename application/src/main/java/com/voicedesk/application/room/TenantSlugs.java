package com.voicedesk.application.room;

import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;

import java.util.concurrent.ConcurrentHashMap;

/** A tenant's slug (the scope of its room names), remembered: a slug never changes. */
public final class TenantSlugs {

    private static final int MAX_ENTRIES = 10_000;

    private final TenantRepository tenants;
    private final ConcurrentHashMap<TenantId, TenantSlug> known = new ConcurrentHashMap<>();

    public TenantSlugs(TenantRepository tenants) {
        this.tenants = tenants;
    }

    public Uni<TenantSlug> of(TenantId tenant) {
        TenantSlug cached = known.get(tenant);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return tenants.findById(tenant).map(found -> {
            TenantSlug slug = found.orElseThrow(() -> new NotFoundException("Tenant", tenant)).slug();
            if (known.size() >= MAX_ENTRIES) {
                known.clear();
            }
            known.put(tenant, slug);
            return slug;
        });
    }
}
