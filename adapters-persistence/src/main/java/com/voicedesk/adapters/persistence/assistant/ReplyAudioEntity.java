package com.voicedesk.adapters.persistence.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "assistant_reply_audio")
public class ReplyAudioEntity {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public UUID tenantId;

    @Column(name = "conversation_id")
    public UUID conversationId;

    public String text;

    @Column(name = "content_type")
    public String contentType;

    public String engine;

    public byte[] audio;

    @Column(name = "created_at")
    public Instant createdAt;
}
