package com.voicedesk.domain.consultation;

import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

/** Consultations of one tenant at a time. */
public interface ConsultationRepository {

    Uni<Void> insert(Consultation consultation);

    /** Optimistic update: a stale version fails with a ConflictException. */
    Uni<Consultation> update(Consultation consultation);

    Uni<Optional<Consultation>> findById(TenantId tenant, ConsultationId id);

    Uni<Optional<Consultation>> findByRoomName(TenantId tenant, String roomName);

    /** Newest first. */
    Uni<Page<Consultation>> list(TenantId tenant, PageRequest page);
}
