package com.voicedesk.adapters.persistence.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

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

    @ColumnTransformer(read = "action_items::text", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "action_items")
    public String actionItems;

    @ColumnTransformer(read = "facts::text", write = "cast(cast(? as text) as jsonb)")
    public String facts;

    public String sentiment;

    @Column(name = "sentiment_reason")
    public String sentimentReason;

    public String outcome;

    @Column(name = "proposed_lead_status")
    public String proposedLeadStatus;

    @ColumnTransformer(read = "follow_up::text", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "follow_up")
    public String followUp;

    @ColumnTransformer(read = "applied::text", write = "cast(cast(? as text) as jsonb)")
    public String applied;

    @Column(name = "created_at")
    public Instant createdAt;
}
