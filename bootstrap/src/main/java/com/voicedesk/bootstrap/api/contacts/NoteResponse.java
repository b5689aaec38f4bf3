package com.voicedesk.bootstrap.api.contacts;

import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.ContactNote;

import java.time.Instant;
import java.util.UUID;

public record NoteResponse(UUID id, String text, String author, ChangeSource source, UUID callId, Instant createdAt) {

    public static NoteResponse of(ContactNote n) {
        return new NoteResponse(n.id(), n.text(), n.author(), n.source(),
                n.callId() == null ? null : n.callId().value(), n.createdAt());
    }
}
