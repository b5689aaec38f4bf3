package com.voicedesk.application.contact;

import com.voicedesk.application.fakes.DirectUnitOfWork;
import com.voicedesk.application.fakes.InMemoryContacts;
import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactChanges;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.IllegalTransitionException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final InMemoryContacts store = new InMemoryContacts();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final ContactService service = new ContactService(store, store, store, unitOfWork,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final TenantId tenant = TenantId.random();

    private Contact sarah() {
        return service.create(new CreateContactCommand(tenant, "Sarah",
                ContactChanges.none().withPhone(PhoneNumber.parse("+15550102000")), ContactSource.ADMIN, "alice"))
                .await().indefinitely();
    }

    @Test
    void creatingAContactStartsItsStatusHistoryInTheSameUnitOfWork() {
        Contact sarah = sarah();
        assertThat(sarah.leadStatus()).isEqualTo(LeadStatus.NEW);
        assertThat(sarah.createdAt()).isEqualTo(NOW);
        assertThat(store.changes).singleElement().satisfies(c -> {
            assertThat(c.from()).isNull();
            assertThat(c.to()).isEqualTo(LeadStatus.NEW);
            assertThat(c.actor()).isEqualTo("alice");
        });
        assertThat(unitOfWork.started).isEqualTo(1);
    }

    @Test
    void changingTheStatusRecordsFromToAndWhy() {
        Contact sarah = sarah();
        Contact qualified = service.changeStatus(new ChangeLeadStatusCommand(tenant, sarah.id(), LeadStatus.QUALIFIED,
                ChangeSource.ADMIN, "alice", "budget confirmed")).await().indefinitely();

        assertThat(qualified.leadStatus()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(store.changes).last().satisfies(c -> {
            assertThat(c.from()).isEqualTo(LeadStatus.NEW);
            assertThat(c.to()).isEqualTo(LeadStatus.QUALIFIED);
            assertThat(c.reason()).isEqualTo("budget confirmed");
        });
    }

    @Test
    void askingForTheCurrentStatusChangesNothing() {
        Contact sarah = sarah();
        service.changeStatus(new ChangeLeadStatusCommand(tenant, sarah.id(), LeadStatus.NEW, ChangeSource.ADMIN,
                "alice", null)).await().indefinitely();
        assertThat(store.changes).hasSize(1);
        assertThat(store.contacts.get(sarah.id()).version()).isZero();
    }

    @Test
    void anIllegalStatusMoveIsRefusedAndNothingIsRecorded() {
        Contact sarah = sarah();
        service.changeStatus(new ChangeLeadStatusCommand(tenant, sarah.id(), LeadStatus.BOOKED, ChangeSource.ADMIN,
                "alice", null)).await().indefinitely();
        assertThatThrownBy(() -> service.changeStatus(new ChangeLeadStatusCommand(tenant, sarah.id(), LeadStatus.NEW,
                ChangeSource.ADMIN, "alice", null)).await().indefinitely())
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(store.changes).hasSize(2);
    }

    @Test
    void anUpdateAgainstAStaleVersionIsAConflict() {
        Contact sarah = sarah();
        service.update(new UpdateContactCommand(tenant, sarah.id(), ContactChanges.none().withVenue("Hall A"), 0L))
                .await().indefinitely();
        assertThatThrownBy(() -> service.update(new UpdateContactCommand(tenant, sarah.id(),
                ContactChanges.none().withVenue("Hall B"), 0L)).await().indefinitely())
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 1, not 0");
        assertThat(store.contacts.get(sarah.id()).venue()).isEqualTo("Hall A");
    }

    @Test
    void anotherTenantsContactDoesNotExist() {
        Contact sarah = sarah();
        TenantId other = TenantId.random();
        assertThatThrownBy(() -> service.get(other, sarah.id()).await().indefinitely())
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.addNote(new AddContactNoteCommand(other, sarah.id(), "hi", "mallory",
                ChangeSource.ADMIN, null)).await().indefinitely()).isInstanceOf(NotFoundException.class);
        assertThat(store.notes).isEmpty();
    }

    @Test
    void notesNeedAnExistingContact() {
        assertThatThrownBy(() -> service.addNote(new AddContactNoteCommand(tenant, ContactId.random(), "hi", "alice",
                ChangeSource.ADMIN, null)).await().indefinitely()).isInstanceOf(NotFoundException.class);
        Contact sarah = sarah();
        service.addNote(new AddContactNoteCommand(tenant, sarah.id(), "Wants a sax player", "alice",
                ChangeSource.ADMIN, null)).await().indefinitely();
        assertThat(service.notes(tenant, sarah.id()).await().indefinitely()).extracting("text")
                .containsExactly("Wants a sax player");
    }
}
