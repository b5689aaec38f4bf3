package com.voicedesk.application.contact;

import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

public record ChangeLeadStatusCommand(TenantId tenantId, ContactId contactId, LeadStatus status, ChangeSource source,
                                      String actor, String reason) {

    public ChangeLeadStatusCommand {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(contactId, "contactId");
        Require.nonNull(status, "status");
        Require.nonNull(source, "source");
        actor = Require.text(actor, "actor", 200);
        reason = Require.optionalText(reason, "reason", 1000);
    }
}
