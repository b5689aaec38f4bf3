package com.voicedesk.adapters.persistence.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/**
 * Row of {@code calls}. {@code last_segment_seq} is read-only here: only the transcript store writes it, with its own
 * update under the row lock, so no other save of a call can move it.
 */
@Entity
@Table(name = "calls")
public class CallEntity {

    @Id
    public UUID id;

    @Column(name = "last_segment_seq", insertable = false, updatable = false)
    public long lastSegmentSeq;

    @Column(name = "tenant_id")
    public UUID tenantId;

    @Column(name = "contact_id")
    public UUID contactId;

    public String direction;
    public String purpose;
    public String status;

    @Column(name = "from_address")
    public String fromAddress;

    @Column(name = "to_address")
    public String toAddress;

    @Column(name = "provider_call_id")
    public String providerCallId;

    @Column(name = "room_name")
    public String roomName;

    @Column(name = "transcript_status")
    public String transcriptStatus;

    @ColumnTransformer(read = "costs::text", write = "cast(cast(? as text) as jsonb)")
    public String costs;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Version
    public long version;
}
