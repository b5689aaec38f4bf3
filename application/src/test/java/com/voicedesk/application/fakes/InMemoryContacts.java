package com.voicedesk.application.fakes;

import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactNote;
import com.voicedesk.domain.contact.ContactNotes;
import com.voicedesk.domain.contact.ContactQuery;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.contact.LeadStatusChange;
import com.voicedesk.domain.contact.LeadStatusHistory;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Contacts, notes and status history in memory, with the repository's tenant and version rules. */
public final class InMemoryContacts implements ContactRepository, ContactNotes, LeadStatusHistory {

    public final Map<ContactId, Contact> contacts = new LinkedHashMap<>();
    public final List<ContactNote> notes = new ArrayList<>();
    public final List<LeadStatusChange> changes = new ArrayList<>();

    @Override
    public Uni<Void> insert(Contact contact) {
        contacts.put(contact.id(), contact);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Contact> update(Contact contact) {
        Contact stored = contacts.get(contact.id());
        if (stored == null || !stored.tenantId().equals(contact.tenantId()) || stored.version() != contact.version()) {
            return Uni.createFrom().failure(new ConflictException("stale"));
        }
        Contact next = new Contact(contact.id(), contact.tenantId(), contact.name(), contact.phone(), contact.email(),
                contact.eventType(), contact.eventDate(), contact.guestCount(), contact.venue(), contact.budget(),
                contact.leadStatus(), contact.timeZone(), contact.doNotCall(), contact.callConsent(), contact.source(),
                contact.createdAt(), contact.updatedAt(), contact.version() + 1);
        contacts.put(contact.id(), next);
        return Uni.createFrom().item(next);
    }

    @Override
    public Uni<Optional<Contact>> findById(TenantId tenant, ContactId id) {
        return Uni.createFrom().item(Optional.ofNullable(contacts.get(id)).filter(c -> c.tenantId().equals(tenant)));
    }

    @Override
    public Uni<Optional<Contact>> findByPhone(TenantId tenant, PhoneNumber phone) {
        return Uni.createFrom().item(contacts.values().stream()
                .filter(c -> c.tenantId().equals(tenant) && phone.equals(c.phone()))
                .max(Comparator.comparing(Contact::createdAt)));
    }

    @Override
    public Uni<Page<Contact>> search(TenantId tenant, ContactQuery query, PageRequest page) {
        List<Contact> matches = contacts.values().stream()
                .filter(c -> c.tenantId().equals(tenant))
                .filter(c -> query.text() == null
                        || c.name().toLowerCase(Locale.ROOT).contains(query.text().toLowerCase(Locale.ROOT)))
                .filter(c -> query.leadStatus() == null || c.leadStatus() == query.leadStatus())
                .sorted(Comparator.comparing(Contact::createdAt).reversed())
                .toList();
        List<Contact> slice = matches.stream().skip(page.offset()).limit(page.size()).toList();
        return Uni.createFrom().item(Page.of(slice, page, matches.size()));
    }

    @Override
    public Uni<Void> add(ContactNote note) {
        notes.add(note);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<ContactNote>> list(TenantId tenant, ContactId contact, int limit) {
        return Uni.createFrom().item(notes.stream()
                .filter(n -> n.tenantId().equals(tenant) && n.contactId().equals(contact)).limit(limit).toList());
    }

    @Override
    public Uni<Void> record(LeadStatusChange change) {
        changes.add(change);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<List<LeadStatusChange>> list(TenantId tenant, ContactId contact) {
        return Uni.createFrom().item(changes.stream()
                .filter(c -> c.tenantId().equals(tenant) && c.contactId().equals(contact)).toList());
    }
}
