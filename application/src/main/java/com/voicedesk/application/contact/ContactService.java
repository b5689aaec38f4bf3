package com.voicedesk.application.contact;

import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactNote;
import com.voicedesk.domain.contact.ContactNotes;
import com.voicedesk.domain.contact.ContactQuery;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.contact.LeadStatusChange;
import com.voicedesk.domain.contact.LeadStatusHistory;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.shared.UnitOfWork;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Contacts, their notes and their lead status, for one tenant at a time. */
public final class ContactService implements CreateContactUseCase, UpdateContactUseCase, ContactQueriesUseCase,
        AddContactNoteUseCase, ChangeLeadStatusUseCase {

    private static final int NOTES_SHOWN = 200;

    private final ContactRepository contacts;
    private final ContactNotes notes;
    private final LeadStatusHistory history;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ContactService(ContactRepository contacts, ContactNotes notes, LeadStatusHistory history,
                          UnitOfWork unitOfWork, Clock clock) {
        this.contacts = contacts;
        this.notes = notes;
        this.history = history;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Uni<Contact> create(CreateContactCommand command) {
        Instant now = clock.instant();
        Contact contact = Contact.newLead(command.tenantId(), command.name(), command.source(), now)
                .apply(command.fields(), now);
        LeadStatusChange created = new LeadStatusChange(command.tenantId(), contact.id(), null, contact.leadStatus(),
                sourceOf(command), command.actor(), "contact created", now);
        return unitOfWork.inTransaction(() -> contacts.insert(contact).chain(() -> history.record(created)))
                .replaceWith(contact);
    }

    @Override
    public Uni<Contact> update(UpdateContactCommand command) {
        return unitOfWork.inTransaction(() -> require(command.tenantId(), command.contactId()).flatMap(current -> {
            if (command.expectedVersion() != null && command.expectedVersion() != current.version()) {
                return Uni.createFrom().failure(new ConflictException("Contact " + current.id()
                        + " is at version " + current.version() + ", not " + command.expectedVersion()
                        + "; reload it and apply the change again"));
            }
            if (command.changes().isEmpty()) {
                return Uni.createFrom().item(current);
            }
            return contacts.update(current.apply(command.changes(), clock.instant()));
        }));
    }

    @Override
    public Uni<Contact> get(TenantId tenant, ContactId id) {
        return require(tenant, id);
    }

    @Override
    public Uni<Page<Contact>> search(TenantId tenant, ContactQuery query, PageRequest page) {
        return contacts.search(tenant, query, page);
    }

    @Override
    public Uni<List<ContactNote>> notes(TenantId tenant, ContactId id) {
        return require(tenant, id).flatMap(contact -> notes.list(tenant, id, NOTES_SHOWN));
    }

    @Override
    public Uni<List<LeadStatusChange>> statusHistory(TenantId tenant, ContactId id) {
        return require(tenant, id).flatMap(contact -> history.list(tenant, id));
    }

    @Override
    public Uni<ContactNote> addNote(AddContactNoteCommand command) {
        return unitOfWork.inTransaction(() -> require(command.tenantId(), command.contactId()).flatMap(contact -> {
            ContactNote note = ContactNote.write(command.tenantId(), command.contactId(), command.callId(),
                    command.text(), command.author(), command.source(), clock.instant());
            return notes.add(note).replaceWith(note);
        }));
    }

    @Override
    public Uni<Contact> changeStatus(ChangeLeadStatusCommand command) {
        return unitOfWork.inTransaction(() -> require(command.tenantId(), command.contactId()).flatMap(current -> {
            if (current.leadStatus() == command.status()) {
                return Uni.createFrom().item(current);
            }
            Instant now = clock.instant();
            Contact moved = current.withLeadStatus(command.status(), now);
            LeadStatusChange change = new LeadStatusChange(command.tenantId(), current.id(), current.leadStatus(),
                    command.status(), command.source(), command.actor(), command.reason(), now);
            return contacts.update(moved).call(() -> history.record(change));
        }));
    }

    private Uni<Contact> require(TenantId tenant, ContactId id) {
        return contacts.findById(tenant, id).map(found -> found.orElseThrow(() -> new NotFoundException("Contact", id)));
    }

    private static ChangeSource sourceOf(CreateContactCommand command) {
        return switch (command.source()) {
            case ADMIN -> ChangeSource.ADMIN;
            case CRM -> ChangeSource.CRM;
            case INBOUND_CALL -> ChangeSource.SYSTEM;
            case ASSISTANT -> ChangeSource.ASSISTANT;
        };
    }
}
