package com.voicedesk.adapters.persistence.tenant;

import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.ApiKey;
import com.voicedesk.domain.tenant.ApiKeyId;
import com.voicedesk.domain.tenant.ApiKeyRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PostgresApiKeyRepository implements ApiKeyRepository, PanacheRepositoryBase<ApiKeyEntity, UUID> {

    @Override
    public Uni<Void> insert(ApiKey key, String keyHash) {
        ApiKeyEntity entity = new ApiKeyEntity();
        entity.id = key.id().value();
        entity.tenantId = key.tenantId().value();
        entity.name = key.name();
        entity.prefix = key.prefix();
        entity.keyHash = keyHash;
        entity.createdAt = key.createdAt();
        entity.revokedAt = key.revokedAt();
        return Panache.withTransaction(() -> persistAndFlush(entity)).replaceWithVoid();
    }

    @Override
    public Uni<Optional<ApiKey>> findActiveByHash(String keyHash) {
        return Panache.withSession(() -> find("keyHash = ?1 and revokedAt is null", keyHash).firstResult())
                .map(e -> Optional.ofNullable(e).map(PostgresApiKeyRepository::toDomain));
    }

    @Override
    public Uni<Boolean> isActive(TenantId tenant, ApiKeyId id) {
        return Panache.withSession(() -> count("id = ?1 and tenantId = ?2 and revokedAt is null", id.value(), tenant.value()))
                .map(count -> count > 0);
    }

    @Override
    public Uni<Boolean> revoke(TenantId tenant, ApiKeyId id, Instant at) {
        return Panache.withTransaction(() -> update(
                "revokedAt = :at where id = :id and tenantId = :tenant and revokedAt is null",
                Parameters.with("at", at).and("id", id.value()).and("tenant", tenant.value())))
                .map(count -> count == 1);
    }

    @Override
    public Uni<List<ApiKey>> list(TenantId tenant) {
        return Panache.withSession(() -> find("tenantId", Sort.by("createdAt"), tenant.value()).list())
                .map(all -> all.stream().map(PostgresApiKeyRepository::toDomain).toList());
    }

    private static ApiKey toDomain(ApiKeyEntity e) {
        return new ApiKey(new ApiKeyId(e.id), new TenantId(e.tenantId), e.name, e.prefix, e.createdAt, e.revokedAt);
    }
}
