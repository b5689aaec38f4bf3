package com.voicedesk.adapters.persistence.consultation;

import com.voicedesk.adapters.persistence.PersistenceErrors;
import com.voicedesk.adapters.persistence.Repositories;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.consultation.Consultation;
import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.consultation.ConsultationRepository;
import com.voicedesk.domain.consultation.ConsultationStatus;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PostgresConsultationRepository implements ConsultationRepository,
        PanacheRepositoryBase<ConsultationEntity, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

    @Override
    public Uni<Void> insert(Consultation consultation) {
        ConsultationEntity e = new ConsultationEntity();
        e.id = consultation.id().value();
        e.tenantId = consultation.tenantId().value();
        e.contactId = consultation.contactId().value();
        e.callId = consultation.callId().value();
        e.roomName = consultation.roomName();
        e.title = consultation.title();
        e.recordingRequested = consultation.recordingRequested();
        e.createdBy = consultation.createdBy();
        e.createdAt = consultation.createdAt();
        copyState(consultation, e);
        return Panache.withTransaction(() -> persistAndFlush(e)).replaceWithVoid()
                .onFailure(PersistenceErrors::isUniqueViolation)
                .transform(x -> new ConflictException("A consultation in room " + consultation.roomName() + " already exists"));
    }

    @Override
    public Uni<Consultation> update(Consultation consultation) {
        return Repositories.updateVersioned(
                        () -> find("id = ?1 and tenantId = ?2", consultation.id().value(), consultation.tenantId().value())
                                .firstResult(),
                        consultation.version(), e -> e.version, e -> copyState(consultation, e),
                        () -> new NotFoundException("Consultation", consultation.id()), () -> stale(consultation.id()))
                .map(PostgresConsultationRepository::toDomain);
    }

    @Override
    public Uni<Optional<Consultation>> findById(TenantId tenant, ConsultationId id) {
        return one("id = ?1 and tenantId = ?2", id.value(), tenant.value());
    }

    @Override
    public Uni<Optional<Consultation>> findByRoomName(TenantId tenant, String roomName) {
        return one("roomName = ?1 and tenantId = ?2", roomName, tenant.value());
    }

    @Override
    public Uni<Page<Consultation>> list(TenantId tenant, PageRequest page) {
        return Repositories.page(() -> find("tenantId = ?1", NEWEST_FIRST, tenant.value()), page,
                PostgresConsultationRepository::toDomain);
    }

    private Uni<Optional<Consultation>> one(String query, Object... params) {
        return Panache.withSession(() -> find(query, params).firstResult())
                .map(e -> Optional.ofNullable(e).map(PostgresConsultationRepository::toDomain));
    }

    /** Only the state a room report changes; the rest is fixed at creation. */
    private static void copyState(Consultation c, ConsultationEntity e) {
        e.status = c.status().name();
        e.startedAt = c.startedAt();
        e.endedAt = c.endedAt();
    }

    private static Consultation toDomain(ConsultationEntity e) {
        return new Consultation(new ConsultationId(e.id), new TenantId(e.tenantId), new ContactId(e.contactId),
                new CallId(e.callId), e.roomName, e.title, ConsultationStatus.valueOf(e.status), e.recordingRequested,
                e.createdBy, e.createdAt, e.startedAt, e.endedAt, e.version);
    }

    private static ConflictException stale(ConsultationId id) {
        return new ConflictException("Consultation " + id + " was changed concurrently; reload it and try again");
    }
}
