package com.voicedesk.application.support;

import com.voicedesk.domain.consultation.Consultation;
import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.consultation.ConsultationRepository;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryConsultations implements ConsultationRepository {

    private final Map<ConsultationId, Consultation> all = new ConcurrentHashMap<>();

    public Consultation get(ConsultationId id) {
        return all.get(id);
    }

    @Override
    public Uni<Void> insert(Consultation consultation) {
        all.put(consultation.id(), consultation);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Consultation> update(Consultation c) {
        return Uni.createFrom().item(() -> {
            Consultation stored = all.get(c.id());
            if (stored == null || stored.version() != c.version()) {
                throw new ConflictException("Consultation " + c.id() + " was changed concurrently");
            }
            Consultation next = new Consultation(c.id(), c.tenantId(), c.contactId(), c.callId(), c.roomName(), c.title(),
                    c.status(), c.recordingRequested(), c.createdBy(), c.createdAt(), c.startedAt(), c.endedAt(),
                    c.version() + 1);
            all.put(c.id(), next);
            return next;
        });
    }

    @Override
    public Uni<Optional<Consultation>> findById(TenantId tenant, ConsultationId id) {
        return Uni.createFrom().item(Optional.ofNullable(all.get(id)).filter(c -> c.tenantId().equals(tenant)));
    }

    @Override
    public Uni<Optional<Consultation>> findByRoomName(TenantId tenant, String roomName) {
        return Uni.createFrom().item(all.values().stream()
                .filter(c -> c.tenantId().equals(tenant) && c.roomName().equals(roomName)).findFirst());
    }

    @Override
    public Uni<Page<Consultation>> list(TenantId tenant, PageRequest page) {
        List<Consultation> found = all.values().stream().filter(c -> c.tenantId().equals(tenant)).toList();
        return Uni.createFrom().item(Page.of(found, page, found.size()));
    }
}
