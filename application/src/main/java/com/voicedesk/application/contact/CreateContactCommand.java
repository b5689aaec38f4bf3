package com.voicedesk.application.contact;

import com.voicedesk.domain.contact.ContactChanges;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/** A new contact: its name, any other fields as changes on the blank lead, and who created it. */
public record CreateContactCommand(TenantId tenantId, String name, ContactChanges fields, ContactSource source, String actor) {

    public CreateContactCommand {
        Require.nonNull(tenantId, "tenantId");
        name = Require.text(name, "name", 200);
        fields = fields == null ? ContactChanges.none() : fields;
        Require.nonNull(source, "source");
        actor = Require.text(actor, "actor", 200);
    }
}
