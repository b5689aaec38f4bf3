package com.voicedesk.domain.contact;

import com.voicedesk.domain.shared.EmailAddress;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Money;
import com.voicedesk.domain.shared.Patch;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private final Contact sarah = Contact.newLead(TenantId.random(), "Sarah Johnson", ContactSource.ADMIN, T0)
            .apply(ContactChanges.none().withPhone(PhoneNumber.parse("+1 555 010 2000"))
                    .withEmail(EmailAddress.parse("sarah@example.com"))
                    .withVenue("The Grand Hall")
                    .withGuestCount(150), T0);

    @Test
    void aPatchChangesOnlyWhatItNamesAndClearsWhatItSetsToNull() {
        ContactChanges changes = new ContactChanges(null, null, Patch.set(null), null,
                Patch.set(LocalDate.of(2027, 6, 12)), null, null, null, null, null, null);
        Contact updated = sarah.apply(changes, T0.plusSeconds(60));

        assertThat(updated.email()).isNull();
        assertThat(updated.eventDate()).isEqualTo(LocalDate.of(2027, 6, 12));
        assertThat(updated.venue()).isEqualTo("The Grand Hall");
        assertThat(updated.phone()).isEqualTo(sarah.phone());
        assertThat(updated.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(updated.createdAt()).isEqualTo(T0);
    }

    @Test
    void aNameCannotBeCleared() {
        assertThatThrownBy(() -> sarah.apply(ContactChanges.none().withName(null), T0))
                .isInstanceOf(InvalidValueException.class).hasMessage("name: must not be blank");
    }

    @Test
    void rangesAreChecked() {
        assertThatThrownBy(() -> sarah.apply(ContactChanges.none().withGuestCount(0), T0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("guestCount"));
        assertThatThrownBy(() -> sarah.apply(ContactChanges.none().withGuestCount(100_001), T0))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void leadStatusMovesOnlyAlongTheTable() {
        Contact booked = sarah.withLeadStatus(LeadStatus.BOOKED, T0);
        assertThat(booked.leadStatus()).isEqualTo(LeadStatus.BOOKED);
        assertThatThrownBy(() -> booked.withLeadStatus(LeadStatus.QUALIFIED, T0))
                .isInstanceOf(com.voicedesk.domain.shared.IllegalTransitionException.class);
    }

    @Test
    void doNotCallMeansNoCalls() {
        assertThat(sarah.mayBeCalled()).isTrue();
        ContactChanges dnc = new ContactChanges(null, null, null, null, null, null, null, null, null, Patch.set(true), null);
        assertThat(sarah.apply(dnc, T0).mayBeCalled()).isFalse();
        assertThat(sarah.apply(ContactChanges.none().withPhone(null), T0).mayBeCalled()).isFalse();
    }

    @Test
    void textIsTrimmed() {
        assertThat(Contact.newLead(TenantId.random(), "  Ann  ", ContactSource.CRM, T0).name()).isEqualTo("Ann");
        assertThat(sarah.apply(ContactChanges.none().withVenue("   "), T0).venue()).isNull();
    }

    @Test
    void budgetsKeepTheirCurrency() {
        Contact withBudget = sarah.apply(ContactChanges.none().withBudget(Money.of("2500", "USD")), T0);
        assertThat(withBudget.budget().toString()).isEqualTo("2500.00 USD");
    }
}
