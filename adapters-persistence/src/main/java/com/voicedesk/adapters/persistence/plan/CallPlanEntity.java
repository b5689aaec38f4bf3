package com.voicedesk.adapters.persistence.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "call_plans")
public class CallPlanEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public UUID tenantId;

    @Column(name = "contact_id")
    public UUID contactId;

    public String purpose;
    public String goal;

    // A JSON array: Hibernate Reactive's JSON type only binds and reads objects, so the cast is done in SQL.
    @ColumnTransformer(read = "cast(questions as text)", write = "cast(cast(? as text) as jsonb)")
    public String questions;

    @Column(name = "earliest_at")
    public Instant earliestAt;

    @Column(name = "latest_at")
    public Instant latestAt;

    @Column(name = "max_attempts")
    public int maxAttempts;

    @Column(name = "retry_backoff_seconds")
    public long retryBackoffSeconds;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    public String verdict;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
