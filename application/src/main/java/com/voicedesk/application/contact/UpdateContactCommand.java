package com.voicedesk.application.contact;

import com.voicedesk.domain.contact.ContactChanges;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/**
 * Changes to a contact. With {@code expectedVersion} the update only applies to that version (the caller
 * saw it and edits it); without, it applies to the latest.
 */
public record UpdateContactCommand(TenantId tenantId, ContactId contactId, ContactChanges changes, Long expectedVersion) {

    public UpdateContactCommand {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(contactId, "contactId");
        Require.nonNull(changes, "changes");
    }
}
