package com.voicedesk.domain.consultation;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A client-facing video room for one contact. Its audio and transcript live on a call of purpose
 * CONSULTATION ({@code callId}), so the transcript store and call analysis serve it unchanged.
 * Room reports arrive late, twice or out of order: {@link #roomStarted} and {@link #roomFinished} answer
 * with the unchanged consultation when a report is stale, never with an error.
 */
public record Consultation(
        ConsultationId id,
        TenantId tenantId,
        ContactId contactId,
        CallId callId,
        String roomName,
        String title,
        ConsultationStatus status,
        boolean recordingRequested,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        long version) {

    public Consultation {
        Require.nonNull(id, "id");
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(contactId, "contactId");
        Require.nonNull(callId, "callId");
        roomName = Require.text(roomName, "roomName", 200);
        title = Require.optionalText(title, "title", 200);
        Require.nonNull(status, "status");
        createdBy = Require.text(createdBy, "createdBy", 200);
        Require.nonNull(createdAt, "createdAt");
    }

    public static Consultation open(ConsultationId id, TenantId tenant, ContactId contact, CallId call, String roomName,
                                    String title, boolean recordingRequested, String createdBy, Instant now) {
        return new Consultation(id, tenant, contact, call, roomName, title, ConsultationStatus.OPEN,
                recordingRequested, createdBy, now, null, null, 0);
    }

    /** The room is running; ignored once ended (a late report), and idempotent while active. */
    public Optional<Consultation> roomStarted(Instant at) {
        if (status != ConsultationStatus.OPEN) {
            return Optional.empty();
        }
        return Optional.of(with(ConsultationStatus.ACTIVE, at, endedAt));
    }

    /** The room closed; a start never reported stays unknown. */
    public Optional<Consultation> roomFinished(Instant at) {
        if (status == ConsultationStatus.ENDED) {
            return Optional.empty();
        }
        Instant ended = startedAt != null && at.isBefore(startedAt) ? startedAt : at;
        return Optional.of(with(ConsultationStatus.ENDED, startedAt, ended));
    }

    /** How long the room ran: from start to end, empty while either is unknown. */
    public Optional<Duration> duration() {
        return startedAt == null || endedAt == null ? Optional.empty() : Optional.of(Duration.between(startedAt, endedAt));
    }

    private Consultation with(ConsultationStatus next, Instant started, Instant ended) {
        return new Consultation(id, tenantId, contactId, callId, roomName, title, next, recordingRequested, createdBy,
                createdAt, started, ended, version);
    }
}
