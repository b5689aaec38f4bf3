package com.voicedesk.adapters.persistence.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "call_analyses")
public class CallAnalysisEntity {

    @Id
    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "tenant_id")
    public UUID tenantId;

    public String analyzer;
    public String summary;

    // A JSON array: Hibernate Reactive's JSON type only binds and reads objects, so the cast is done in SQL.
    @ColumnTransformer(read = "cast(action_items as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "action_items")
    public String actionItems;

    @JdbcTypeCode(SqlTypes.JSON)
    public String facts;

    public String sentiment;

    @Column(name = "sentiment_reason")
    public String sentimentReason;

    public String outcome;

    @Column(name = "proposed_lead_status")
    public String proposedLeadStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "follow_up")
    public String followUp;

    // A JSON array: Hibernate Reactive's JSON type only binds and reads objects, so the cast is done in SQL.
    @ColumnTransformer(read = "cast(applied as text)", write = "cast(cast(? as text) as jsonb)")
    public String applied;

    @Column(name = "created_at")
    public Instant createdAt;
}
