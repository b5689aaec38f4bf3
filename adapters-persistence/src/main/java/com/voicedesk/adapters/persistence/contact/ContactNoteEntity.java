package com.voicedesk.adapters.persistence.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "contact_notes")
public class ContactNoteEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public UUID tenantId;

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "call_id")
    public UUID callId;

    public String text;
    public String author;
    public String source;

    @Column(name = "created_at")
    public Instant createdAt;
}
