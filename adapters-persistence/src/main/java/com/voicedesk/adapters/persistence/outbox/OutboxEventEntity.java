package com.voicedesk.adapters.persistence.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "outbox_events")
// a claim changes two columns of a managed row: update those, not the payload with them
@DynamicUpdate
public class OutboxEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id")
    public UUID tenantId;

    /** The event record's simple name: its stored type tag. Renaming a record needs a migration. */
    public String type;

    @ColumnTransformer(read = "payload::text", write = "cast(cast(? as text) as jsonb)")
    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "available_at")
    public Instant availableAt;

    public int attempts;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "processed_at")
    public Instant processedAt;

    @Column(name = "dead_at")
    public Instant deadAt;

    @Column(name = "last_error")
    public String lastError;
}
