package com.voicedesk.adapters.persistence.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "transcript_segments")
@IdClass(TranscriptSegmentEntity.Key.class)
public class TranscriptSegmentEntity {

    @Id
    @Column(name = "call_id")
    public UUID callId;

    @Id
    public long seq;

    @Column(name = "tenant_id")
    public UUID tenantId;

    @Column(name = "provider_segment_id")
    public String providerSegmentId;

    public String speaker;

    @Column(name = "speaker_label")
    public String speakerLabel;

    public String text;

    @Column(name = "start_ms")
    public long startMs;

    @Column(name = "end_ms")
    public long endMs;

    public float confidence;

    @Column(name = "received_at")
    public Instant receivedAt;

    public static class Key implements Serializable {
        public UUID callId;
        public long seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && seq == k.seq && Objects.equals(callId, k.callId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(callId, seq);
        }
    }
}
