package com.voicedesk.adapters.persistence.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code tenants}; credentials are written by {@link PostgresCredentialStore} only. */
@Entity
@Table(name = "tenants")
public class TenantEntity {

    @Id
    public UUID id;

    public String slug;

    public String name;

    @ColumnTransformer(read = "settings::text", write = "cast(cast(? as text) as jsonb)")
    public String settings;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
