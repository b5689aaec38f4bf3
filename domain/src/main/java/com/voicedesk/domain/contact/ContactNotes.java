package com.voicedesk.domain.contact;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;

/** The notes on contacts' files. */
public interface ContactNotes {

    Uni<Void> add(ContactNote note);

    /** Newest first, at most {@code limit}. */
    Uni<List<ContactNote>> list(TenantId tenant, ContactId contact, int limit);
}
