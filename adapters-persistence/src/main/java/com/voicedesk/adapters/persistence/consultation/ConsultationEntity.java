package com.voicedesk.adapters.persistence.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code consultations}. */
@Entity
@Table(name = "consultations")
public class ConsultationEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public UUID tenantId;

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "room_name")
    public String roomName;

    public String title;
    public String status;

    @Column(name = "recording_requested")
    public boolean recordingRequested;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Version
    public long version;
}
