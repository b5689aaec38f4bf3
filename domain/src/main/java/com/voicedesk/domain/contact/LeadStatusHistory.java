package com.voicedesk.domain.contact;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;

/** Every lead-status change, as it happened. */
public interface LeadStatusHistory {

    Uni<Void> record(LeadStatusChange change);

    /** Oldest first. */
    Uni<List<LeadStatusChange>> list(TenantId tenant, ContactId contact);
}
