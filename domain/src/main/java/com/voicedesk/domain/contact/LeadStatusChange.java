package com.voicedesk.domain.contact;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;

/** One entry of a contact's lead-status history. */
public record LeadStatusChange(
        TenantId tenantId,
        ContactId contactId,
        LeadStatus from,
        LeadStatus to,
        ChangeSource source,
        String actor,
        String reason,
        Instant changedAt) {

    public LeadStatusChange {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(contactId, "contactId");
        Require.nonNull(to, "to");
        Require.nonNull(source, "source");
        actor = Require.text(actor, "actor", 200);
        reason = Require.optionalText(reason, "reason", 1000);
        Require.nonNull(changedAt, "changedAt");
    }
}
