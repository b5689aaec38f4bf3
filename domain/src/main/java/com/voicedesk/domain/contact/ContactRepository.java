package com.voicedesk.domain.contact;

import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

/** Contacts of one tenant at a time. */
public interface ContactRepository {

    Uni<Void> insert(Contact contact);

    /**
     * Stores the contact if nobody changed it since it was read ({@code contact.version()} matches), and
     * returns it with the next version; otherwise fails with a {@link com.voicedesk.domain.shared.ConflictException}.
     */
    Uni<Contact> update(Contact contact);

    Uni<Optional<Contact>> findById(TenantId tenant, ContactId id);

    /** The most recently created contact with this number. */
    Uni<Optional<Contact>> findByPhone(TenantId tenant, PhoneNumber phone);

    /** Newest first. */
    Uni<Page<Contact>> search(TenantId tenant, ContactQuery query, PageRequest page);
}
