package com.voicedesk.application.analysis;

import com.voicedesk.domain.analysis.AnalyzerOutput;
import com.voicedesk.domain.analysis.AppliedChange;
import com.voicedesk.domain.analysis.ExtractedFacts;
import com.voicedesk.domain.analysis.FactField;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactChanges;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an analysis changes on a contact. A blank field is filled; a field that already holds a value keeps it
 * unless the call states a change of it (then the old value is recorded); the lead status moves only along
 * the allowed transitions.
 */
record ContactUpdatePlan(ContactChanges changes, LeadStatus newStatus, List<AppliedChange> applied) {

    ContactUpdatePlan {
        applied = List.copyOf(applied);
    }

    static ContactUpdatePlan of(Contact contact, AnalyzerOutput output) {
        ExtractedFacts facts = output.analysis().facts();
        Builder b = new Builder(output);
        b.field(FactField.EVENT_TYPE, "eventType", contact.eventType(), facts.eventType(), Enum::name,
                Objects::equals, c -> c.withEventType(facts.eventType()));
        b.field(FactField.EVENT_DATE, "eventDate", contact.eventDate(), facts.eventDate(), Object::toString,
                Objects::equals, c -> c.withEventDate(facts.eventDate()));
        b.field(FactField.GUEST_COUNT, "guestCount", contact.guestCount(), facts.guestCount(), Object::toString,
                Objects::equals, c -> c.withGuestCount(facts.guestCount()));
        b.field(FactField.VENUE, "venue", contact.venue(), facts.venue(), Function.identity(),
                ContactUpdatePlan::sameText, c -> c.withVenue(facts.venue()));
        b.field(FactField.BUDGET, "budget", contact.budget(), facts.budget(), Money::toString,
                ContactUpdatePlan::sameMoney, c -> c.withBudget(facts.budget()));

        LeadStatus proposed = output.analysis().proposedLeadStatus();
        LeadStatus newStatus = null;
        if (proposed != null && proposed != contact.leadStatus() && contact.leadStatus().canMoveTo(proposed)) {
            newStatus = proposed;
            b.applied.add(new AppliedChange("leadStatus", contact.leadStatus().name(), proposed.name()));
        }
        return new ContactUpdatePlan(b.changes, newStatus, b.applied);
    }

    private static final class Builder {
        private final AnalyzerOutput output;
        private ContactChanges changes = ContactChanges.none();
        private final List<AppliedChange> applied = new ArrayList<>();

        Builder(AnalyzerOutput output) {
            this.output = output;
        }

        <T> void field(FactField fact, String name, T current, T heard, Function<T, String> shown,
                       java.util.function.BiPredicate<T, T> same, java.util.function.UnaryOperator<ContactChanges> set) {
            if (heard == null || (current != null && same.test(current, heard))) {
                return;
            }
            if (current != null && !output.statedChanges().contains(fact)) {
                return;
            }
            changes = set.apply(changes);
            applied.add(new AppliedChange(name, current == null ? null : shown.apply(current), shown.apply(heard)));
        }
    }

    private static boolean sameText(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean sameMoney(Money a, Money b) {
        return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
    }
}
