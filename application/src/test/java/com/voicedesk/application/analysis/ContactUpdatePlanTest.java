package com.voicedesk.application.analysis;

import com.voicedesk.domain.analysis.AnalyzerOutput;
import com.voicedesk.domain.analysis.AppliedChange;
import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.analysis.CallOutcome;
import com.voicedesk.domain.analysis.ExtractedFacts;
import com.voicedesk.domain.analysis.FactField;
import com.voicedesk.domain.analysis.Sentiment;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactChanges;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.Money;
import com.voicedesk.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ContactUpdatePlanTest {

    private static final Instant NOW = Instant.parse("2026-03-04T17:00:00Z");
    private static final TenantId TENANT = TenantId.random();

    @Test
    void fillsBlanksKeepsWhatTheAdminEnteredAndOverwritesOnlyAStatedChange() {
        Contact contact = Contact.newLead(TENANT, "Sarah", ContactSource.ADMIN, NOW)
                .apply(ContactChanges.none().withVenue("Peabody Hotel").withGuestCount(150), NOW);
        ExtractedFacts heard = new ExtractedFacts(EventType.WEDDING, LocalDate.of(2026, 6, 13), 180, "The Peabody",
                Money.of("2500", "USD"), Map.of());

        ContactUpdatePlan plan = ContactUpdatePlan.of(contact, output(heard, LeadStatus.QUALIFIED, Set.of(FactField.GUEST_COUNT)));

        assertThat(plan.applied()).containsExactly(
                new AppliedChange("eventType", null, "WEDDING"),
                new AppliedChange("eventDate", null, "2026-06-13"),
                new AppliedChange("guestCount", "150", "180"),
                new AppliedChange("budget", null, "2500.00 USD"),
                new AppliedChange("leadStatus", "NEW", "QUALIFIED"));
        Contact after = contact.apply(plan.changes(), NOW);
        assertThat(after.venue()).isEqualTo("Peabody Hotel");
        assertThat(after.guestCount()).isEqualTo(180);
        assertThat(plan.newStatus()).isEqualTo(LeadStatus.QUALIFIED);
    }

    @Test
    void theSameValueChangesNothingAndARefusedTransitionIsNotApplied() {
        Contact booked = Contact.newLead(TENANT, "Sarah", ContactSource.ADMIN, NOW)
                .apply(ContactChanges.none().withVenue("The Peabody"), NOW).withLeadStatus(LeadStatus.BOOKED, NOW);
        ExtractedFacts heard = new ExtractedFacts(null, null, null, "the peabody", null, Map.of());

        ContactUpdatePlan plan = ContactUpdatePlan.of(booked, output(heard, LeadStatus.QUALIFIED, Set.of(FactField.VENUE)));

        assertThat(plan.applied()).isEmpty();
        assertThat(plan.changes().isEmpty()).isTrue();
        assertThat(plan.newStatus()).isNull(); // BOOKED cannot move back to QUALIFIED
    }

    static AnalyzerOutput output(ExtractedFacts facts, LeadStatus proposed, Set<FactField> changed) {
        return new AnalyzerOutput(new CallAnalysis(CallId.random(), TENANT, "summary", List.of(), facts, Sentiment.WARM,
                null, CallOutcome.QUALIFIED, proposed, null, "test", List.of(), NOW), changed);
    }
}
