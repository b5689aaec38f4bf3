package com.voicedesk.domain.contact;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A note on a contact's file, written by an admin, the assistant, or the analysis of a call. */
public record ContactNote(
        UUID id,
        TenantId tenantId,
        ContactId contactId,
        CallId callId,
        String text,
        String author,
        ChangeSource source,
        Instant createdAt) {

    public static final int MAX_LENGTH = 10_000;

    public ContactNote {
        Require.nonNull(id, "id");
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(contactId, "contactId");
        text = Require.text(text, "text", MAX_LENGTH);
        author = Require.text(author, "author", 200);
        Require.nonNull(source, "source");
        Require.nonNull(createdAt, "createdAt");
    }

    public static ContactNote write(TenantId tenant, ContactId contact, CallId call, String text, String author,
                                    ChangeSource source, Instant now) {
        return new ContactNote(UUID.randomUUID(), tenant, contact, call, text, author, source, now);
    }
}
