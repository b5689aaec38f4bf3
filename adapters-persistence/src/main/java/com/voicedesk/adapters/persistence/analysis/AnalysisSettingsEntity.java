package com.voicedesk.adapters.persistence.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "analysis_settings")
public class AnalysisSettingsEntity {

    @Id
    @Column(name = "tenant_id")
    public UUID tenantId;

    // A JSON array: Hibernate Reactive's JSON type only binds and reads objects, so the cast is done in SQL.
    @ColumnTransformer(read = "cast(custom_facts as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "custom_facts")
    public String customFacts;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
