package com.voicedesk.application.contact;

import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactNote;
import com.voicedesk.domain.contact.ContactQuery;
import com.voicedesk.domain.contact.LeadStatusChange;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;

/** Reading contacts; every method fails with NotFoundException for a contact outside the tenant. */
public interface ContactQueriesUseCase {

    Uni<Contact> get(TenantId tenant, ContactId id);

    Uni<Page<Contact>> search(TenantId tenant, ContactQuery query, PageRequest page);

    Uni<List<ContactNote>> notes(TenantId tenant, ContactId id);

    Uni<List<LeadStatusChange>> statusHistory(TenantId tenant, ContactId id);
}
