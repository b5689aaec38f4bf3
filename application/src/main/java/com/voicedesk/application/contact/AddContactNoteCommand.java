package com.voicedesk.application.contact;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactNote;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

public record AddContactNoteCommand(TenantId tenantId, ContactId contactId, String text, String author,
                                    ChangeSource source, CallId callId) {

    public AddContactNoteCommand {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(contactId, "contactId");
        text = Require.text(text, "text", ContactNote.MAX_LENGTH);
        author = Require.text(author, "author", 200);
        Require.nonNull(source, "source");
    }
}
