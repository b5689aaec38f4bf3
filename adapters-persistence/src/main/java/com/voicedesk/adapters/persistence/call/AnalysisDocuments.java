package com.voicedesk.adapters.persistence.call;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.voicedesk.domain.analysis.AppliedChange;
import com.voicedesk.domain.analysis.ExtractedFacts;
import com.voicedesk.domain.analysis.FollowUp;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/** JSON shapes of the jsonb columns of {@code call_analyses}. */
@RegisterForReflection(targets = {AnalysisDocuments.Facts.class, AnalysisDocuments.Follow.class, AnalysisDocuments.Change.class})
final class AnalysisDocuments {

    private AnalysisDocuments() {
    }

    record Facts(String eventType, LocalDate eventDate, Integer guestCount, String venue, BigDecimal budgetAmount,
                 String budgetCurrency, Map<String, String> extra) {

        static Facts of(ExtractedFacts f) {
            return new Facts(f.eventType() == null ? null : f.eventType().name(), f.eventDate(), f.guestCount(),
                    f.venue(), f.budget() == null ? null : f.budget().amount(),
                    f.budget() == null ? null : f.budget().currency().getCurrencyCode(), f.extra());
        }

        ExtractedFacts toDomain() {
            return new ExtractedFacts(eventType == null ? null : EventType.valueOf(eventType), eventDate, guestCount,
                    venue, budgetAmount == null ? null : new Money(budgetAmount, Currency.getInstance(budgetCurrency)),
                    extra);
        }
    }

    record Follow(String purpose, Instant notBefore, String note) {

        static Follow of(FollowUp f) {
            return f == null ? null : new Follow(f.purpose().name(), f.notBefore(), f.note());
        }

        FollowUp toDomain() {
            return new FollowUp(CallPurpose.valueOf(purpose), notBefore, note);
        }
    }

    record Change(String field, String oldValue, String newValue) {

        static Change of(AppliedChange c) {
            return new Change(c.field(), c.oldValue(), c.newValue());
        }

        AppliedChange toDomain() {
            return new AppliedChange(field, oldValue, newValue);
        }
    }
}
