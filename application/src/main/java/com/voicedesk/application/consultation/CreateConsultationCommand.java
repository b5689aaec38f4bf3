package com.voicedesk.application.consultation;

import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/** A consultation for a contact, opened by an admin (who gets the first token); {@code record} starts a recording. */
public record CreateConsultationCommand(TenantId tenantId, ContactId contactId, String adminIdentity, String adminName,
                                        String title, boolean record) {

    public CreateConsultationCommand {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(contactId, "contactId");
        adminIdentity = Require.text(adminIdentity, "adminIdentity", 64);
        adminName = Require.optionalText(adminName, "adminName", 120);
        title = Require.optionalText(title, "title", 200);
    }
}
