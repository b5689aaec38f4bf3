package com.voicedesk.adapters.persistence.call;

import com.fasterxml.jackson.core.type.TypeReference;
import com.voicedesk.adapters.persistence.JsonCodec;
import com.voicedesk.adapters.persistence.PersistenceErrors;
import com.voicedesk.adapters.persistence.Repositories;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallDirection;
import com.voicedesk.domain.call.CallFilter;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.call.TranscriptStatus;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PostgresCallRepository implements CallRepository, PanacheRepositoryBase<CallEntity, UUID> {

    private static final TypeReference<List<CostLineDocument>> COSTS = new TypeReference<>() {
    };
    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

    private final JsonCodec json;

    public PostgresCallRepository(JsonCodec json) {
        this.json = json;
    }

    @Override
    public Uni<Void> insert(Call call) {
        CallEntity e = new CallEntity();
        e.id = call.id().value();
        e.tenantId = call.tenantId().value();
        e.createdAt = call.createdAt();
        copy(call, e);
        return Panache.withTransaction(() -> persistAndFlush(e)).replaceWithVoid()
                .onFailure(PersistenceErrors::isUniqueViolation)
                .transform(x -> new ConflictException("A call with provider id " + call.providerCallId() + " already exists"));
    }

    @Override
    public Uni<Call> update(Call call) {
        return Repositories.updateVersioned(
                        () -> find("id = ?1 and tenantId = ?2", call.id().value(), call.tenantId().value()).firstResult(),
                        call.version(), e -> e.version, e -> copy(call, e),
                        () -> new NotFoundException("Call", call.id()), () -> stale(call.id()))
                .map(this::toDomain);
    }

    @Override
    public Uni<Optional<Call>> findById(TenantId tenant, CallId id) {
        return one("id = ?1 and tenantId = ?2", id.value(), tenant.value());
    }

    @Override
    public Uni<Optional<Call>> findByProviderCallId(TenantId tenant, String providerCallId) {
        return one("providerCallId = ?1 and tenantId = ?2", providerCallId, tenant.value());
    }

    @Override
    public Uni<Optional<Call>> findByRoomName(TenantId tenant, String roomName) {
        return one("roomName = ?1 and tenantId = ?2", roomName, tenant.value());
    }

    @Override
    public Uni<Page<Call>> list(TenantId tenant, CallFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("tenantId = :tenant");
        Parameters params = Parameters.with("tenant", tenant.value());
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status().name());
        }
        if (filter.direction() != null) {
            where.append(" and direction = :direction");
            params.and("direction", filter.direction().name());
        }
        if (filter.contactId() != null) {
            where.append(" and contactId = :contact");
            params.and("contact", filter.contactId().value());
        }
        if (filter.since() != null) {
            where.append(" and createdAt >= :since");
            params.and("since", filter.since());
        }
        if (filter.until() != null) {
            where.append(" and createdAt < :until");
            params.and("until", filter.until());
        }
        return Repositories.page(() -> find(where.toString(), NEWEST_FIRST, params), page, this::toDomain);
    }

    private Uni<Optional<Call>> one(String query, Object... params) {
        return Panache.withSession(() -> find(query, params).firstResult())
                .map(e -> Optional.ofNullable(e).map(this::toDomain));
    }

    private void copy(Call c, CallEntity e) {
        e.contactId = c.contactId() == null ? null : c.contactId().value();
        e.direction = c.direction().name();
        e.purpose = c.purpose().name();
        e.status = c.status().name();
        e.fromAddress = c.from();
        e.toAddress = c.to();
        e.providerCallId = c.providerCallId();
        e.roomName = c.roomName();
        e.transcriptStatus = c.transcriptStatus().name();
        e.costs = json.write(c.costs().stream().map(CostLineDocument::of).toList());
        e.answeredAt = c.answeredAt();
        e.endedAt = c.endedAt();
    }

    private Call toDomain(CallEntity e) {
        return new Call(new CallId(e.id), new TenantId(e.tenantId),
                e.contactId == null ? null : new ContactId(e.contactId),
                CallDirection.valueOf(e.direction), CallPurpose.valueOf(e.purpose), CallStatus.valueOf(e.status),
                e.fromAddress, e.toAddress, e.providerCallId, e.roomName, TranscriptStatus.valueOf(e.transcriptStatus),
                json.read(e.costs, COSTS).stream().map(CostLineDocument::toDomain).toList(),
                e.createdAt, e.answeredAt, e.endedAt, e.version);
    }

    private static ConflictException stale(CallId id) {
        return new ConflictException("Call " + id + " was changed concurrently; reload it and try again");
    }
}
