package com.voicedesk.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "assistant_turns")
@IdClass(AssistantTurnEntity.Key.class)
public class AssistantTurnEntity {

    /** The composite key: a turn is numbered within its tenant's conversation. */
    public record Key(UUID tenantId, UUID conversationId, int turnNo) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }

    @Id
    @Column(name = "tenant_id")
    public UUID tenantId;

    @Id
    @Column(name = "conversation_id")
    public UUID conversationId;

    @Id
    @Column(name = "turn_no")
    public int turnNo;

    // A JSON array: Hibernate Reactive's JSON type only binds and reads objects, so the cast is done in SQL.
    @ColumnTransformer(read = "cast(messages as text)", write = "cast(cast(? as text) as jsonb)")
    public String messages;

    public String model;
    public String actor;

    @Column(name = "created_at")
    public Instant createdAt;
}
