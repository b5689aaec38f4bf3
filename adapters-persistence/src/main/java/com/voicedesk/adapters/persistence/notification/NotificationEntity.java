package com.voicedesk.adapters.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "notifications")
public class NotificationEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public UUID tenantId;

    /** The tenant's feed position; assigned when the inserting transaction commits (a trigger, V6_1). */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public String type;
    public String title;
    public String message;
    public String link;

    @ColumnTransformer(read = "data::text", write = "cast(cast(? as text) as jsonb)")
    public String data;

    /** An admin identity, or null for every admin. */
    public String recipient;

    public String state;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "read_at")
    public Instant readAt;
}
