package com.voicedesk.adapters.persistence.tenant;

import com.voicedesk.adapters.persistence.JsonCodec;
import com.voicedesk.adapters.persistence.PanacheUnitOfWork;
import com.voicedesk.adapters.persistence.PersistenceErrors;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.tenant.ProviderCredentials;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Provider credentials, sealed with the master key before they reach the database. */
@ApplicationScoped
public class PostgresCredentialStore implements CredentialStore {

    private final CredentialSealer sealer;
    private final JsonCodec json;
    private final Pool pool;

    public PostgresCredentialStore(CredentialSealer sealer, JsonCodec json, Pool pool) {
        this.sealer = sealer;
        this.json = json;
        this.pool = pool;
    }

    /*
     * Both reads run for every provider call and every LiveKit webhook. Outside a unit of work they go to the pool as
     * prepared statements: a native select through Hibernate Reactive misses its plan cache every time
     * (docs/decisions.md #11). Inside one they stay on the session, which sees the transaction's own writes.
     */

    @Override
    public Uni<ProviderCredentials> load(TenantId tenant) {
        Uni<Optional<byte[]>> sealed = PanacheUnitOfWork.isActive()
                ? Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("select credentials from tenants where id = :id", byte[].class)
                        .setParameter("id", tenant.value())
                        .getResultList()))
                        .map(rows -> rows.stream().filter(Objects::nonNull).findFirst())
                : pool.preparedQuery("select credentials from tenants where id = $1").execute(Tuple.of(tenant.value()))
                        .map(rows -> {
                            RowIterator<Row> it = rows.iterator();
                            Buffer blob = it.hasNext() ? it.next().getBuffer(0) : null;
                            return Optional.ofNullable(blob).map(Buffer::getBytes);
                        });
        return sealed
                .map(found -> {
                    byte[] blob = found.orElse(null);
                    if (blob == null || !sealer.isAvailable()) {
                        return ProviderCredentials.none();
                    }
                    return json.read(sealer.open(tenant.value(), blob), CredentialsDocument.class).toDomain();
                });
    }

    @Override
    public Uni<Void> save(TenantId tenant, ProviderCredentials credentials) {
        byte[] sealed = sealer.seal(tenant.value(), json.write(CredentialsDocument.of(credentials)));
        String livekitKey = credentials.livekit() == null ? null : credentials.livekit().apiKey();
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("update tenants set credentials = :sealed, livekit_api_key = :key where id = :id")
                        .setParameter("sealed", sealed)
                        .setParameter("key", livekitKey)
                        .setParameter("id", tenant.value())
                        .executeUpdate()))
                .onFailure(PersistenceErrors::isUniqueViolation)
                .transform(e -> new ConflictException("LiveKit API key " + livekitKey + " belongs to another tenant"))
                .flatMap(count -> count == 1 ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new NotFoundException("Tenant", tenant)));
    }

    @Override
    public Uni<Optional<TenantId>> findTenantByLiveKitApiKey(String apiKey) {
        if (!PanacheUnitOfWork.isActive()) {
            return pool.preparedQuery("select id from tenants where livekit_api_key = $1").execute(Tuple.of(apiKey))
                    .map(rows -> {
                        RowIterator<Row> it = rows.iterator();
                        return it.hasNext() ? Optional.of(new TenantId(it.next().getUUID(0))) : Optional.empty();
                    });
        }
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select id from tenants where livekit_api_key = :key", UUID.class)
                .setParameter("key", apiKey)
                .getResultList()))
                .map((List<UUID> ids) -> ids.stream().findFirst().map(TenantId::new));
    }

    @Override
    public boolean canStoreSecrets() {
        return sealer.isAvailable();
    }
}
