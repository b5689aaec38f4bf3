package com.voicedesk.adapters.persistence.tenant;

import com.voicedesk.adapters.persistence.JsonCodec;
import com.voicedesk.adapters.persistence.PersistenceErrors;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.tenant.TenantSlug;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PostgresTenantRepository implements TenantRepository, PanacheRepositoryBase<TenantEntity, UUID> {

    private final JsonCodec json;

    public PostgresTenantRepository(JsonCodec json) {
        this.json = json;
    }

    @Override
    public Uni<Void> insert(Tenant tenant) {
        TenantEntity entity = new TenantEntity();
        entity.id = tenant.id().value();
        copy(tenant, entity);
        entity.createdAt = tenant.createdAt();
        return Panache.withTransaction(() -> persistAndFlush(entity)).replaceWithVoid()
                .onFailure(PersistenceErrors::isUniqueViolation)
                .transform(e -> new ConflictException("A tenant with slug '" + tenant.slug() + "' already exists"));
    }

    @Override
    public Uni<Void> update(Tenant tenant) {
        return Panache.withTransaction(() -> findById(tenant.id().value()).flatMap(entity -> {
            if (entity == null) {
                return Uni.createFrom().failure(new NotFoundException("Tenant", tenant.slug()));
            }
            copy(tenant, entity);
            return flush();
        }));
    }

    @Override
    public Uni<Optional<Tenant>> findById(TenantId id) {
        return Panache.withSession(() -> findById(id.value())).map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    @Override
    public Uni<Optional<Tenant>> findBySlug(TenantSlug slug) {
        return Panache.withSession(() -> find("slug", slug.value()).firstResult())
                .map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    @Override
    public Uni<List<Tenant>> list() {
        return Panache.withSession(() -> listAll(Sort.by("slug"))).map(all -> all.stream().map(this::toDomain).toList());
    }

    @Override
    public Uni<Boolean> isEmpty() {
        return Panache.withSession(() -> count("from TenantEntity")).map(count -> count == 0);
    }

    private void copy(Tenant tenant, TenantEntity entity) {
        entity.slug = tenant.slug().value();
        entity.name = tenant.name();
        entity.settings = json.write(TenantSettingsDocument.of(tenant.settings()));
        entity.updatedAt = tenant.updatedAt();
    }

    private Tenant toDomain(TenantEntity e) {
        return new Tenant(new TenantId(e.id), new TenantSlug(e.slug), e.name,
                json.read(e.settings, TenantSettingsDocument.class).toDomain(), e.createdAt, e.updatedAt);
    }
}
