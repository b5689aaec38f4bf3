package com.voicedesk.adapters.ai.rules;

import com.voicedesk.domain.analysis.AnalysisRequest;
import com.voicedesk.domain.analysis.AnalyzerOutput;
import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.analysis.CallAnalyzer;
import com.voicedesk.domain.analysis.CallOutcome;
import com.voicedesk.domain.analysis.ExtractedFacts;
import com.voicedesk.domain.analysis.FactField;
import com.voicedesk.domain.analysis.FollowUp;
import com.voicedesk.domain.call.CallDirection;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.shared.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The offline call analyzer: rules over the transcript, no network, never fails. It finds the event type,
 * date (absolute or relative to the day of the call in the tenant's time zone), guest count, venue, budget and
 * the tenant's patterned custom facts; it classifies the outcome and the client's mood, proposes a lead status
 * and a follow-up, and writes a templated summary. Its accuracy on a labelled set is measured by the tests
 * (see docs/ai.md).
 */
@ApplicationScoped
public class RulesCallAnalyzer implements CallAnalyzer {

    public static final String NAME = "rules";
    private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);

    @Override
    public Uni<AnalyzerOutput> analyze(AnalysisRequest request) {
        return Uni.createFrom().item(() -> analyzeNow(request));
    }

    AnalyzerOutput analyzeNow(AnalysisRequest request) {
        CallText text = new CallText(request.transcript());
        LocalDate today = request.today();

        EventType eventType = FactRules.eventType(text);
        FactRules.Found<LocalDate> date = FactRules.eventDate(text, today);
        FactRules.Found<Integer> guests = FactRules.guestCount(text);
        String companyName = request.persona().companyName();
        FactRules.Found<String> venue = FactRules.venue(text, companyName);
        FactRules.Found<BigDecimal> budget = FactRules.budget(text);
        ExtractedFacts facts = new ExtractedFacts(eventType, value(date), value(guests), value(venue),
                budget == null ? null : new Money(budget.value(), request.currency()),
                FactRules.customFacts(text, request.customFacts()));

        int known = eventType == null ? 0 : (date == null ? 0 : 1) + (guests == null ? 0 : 1) + (venue == null ? 0 : 1);
        OutcomeRules.Outcome outcome = OutcomeRules.outcome(text, known);
        if (outcome.outcome() == CallOutcome.WRONG_NUMBER) {
            facts = ExtractedFacts.none();
        }
        OutcomeRules.Mood mood = OutcomeRules.sentiment(text, outcome.outcome());

        Set<FactField> changed = EnumSet.noneOf(FactField.class);
        if (date != null && date.changed()) {
            changed.add(FactField.EVENT_DATE);
        }
        if (guests != null && guests.changed()) {
            changed.add(FactField.GUEST_COUNT);
        }

        FollowUp followUp = followUp(request, text, outcome.outcome());
        CallAnalysis analysis = new CallAnalysis(request.call().id(), request.call().tenantId(),
                summary(request, text, facts, outcome, date, guests), actionItems(request, text, facts, outcome, date,
                guests, followUp), facts, mood.sentiment(), mood.reason(), outcome.outcome(),
                OutcomeRules.proposedStatus(outcome), followUp, NAME, List.of(), request.now());
        return new AnalyzerOutput(analysis, changed);
    }

    private static <T> T value(FactRules.Found<T> found) {
        return found == null ? null : found.value();
    }

    private static FollowUp followUp(AnalysisRequest request, CallText text, CallOutcome outcome) {
        LocalDate today = request.today();
        LocalDateTime at = switch (outcome) {
            case CALLBACK_REQUESTED -> {
                LocalDateTime asked = OutcomeRules.callbackTime(text, today);
                yield asked != null ? asked : LocalDateTime.of(OutcomeRules.nextBusinessDay(today), LocalTime.of(10, 0));
            }
            case VOICEMAIL -> LocalDateTime.of(OutcomeRules.nextBusinessDay(today), LocalTime.of(10, 0));
            case QUALIFIED -> LocalDateTime.of(OutcomeRules.nextBusinessDay(OutcomeRules.nextBusinessDay(today)),
                    LocalTime.of(10, 0));
            default -> null;
        };
        if (at == null) {
            return null;
        }
        String note = switch (outcome) {
            case CALLBACK_REQUESTED -> "The client asked to be called back.";
            case VOICEMAIL -> text.companyOnly() ? "A voicemail was left; try again." : "Return the client's voicemail.";
            default -> "Follow up on the proposal.";
        };
        return new FollowUp(CallPurpose.FOLLOW_UP, at.atZone(request.timeZone()).toInstant(), note);
    }

    private static String summary(AnalysisRequest request, CallText text, ExtractedFacts facts,
                                  OutcomeRules.Outcome outcome, FactRules.Found<LocalDate> date,
                                  FactRules.Found<Integer> guests) {
        boolean outbound = request.call().direction() == CallDirection.OUTBOUND;
        String who = request.contact() != null ? request.contact().name() : outbound ? "The contact" : "The caller";
        return switch (outcome.outcome()) {
            case WRONG_NUMBER -> who + " reached the wrong number; no event was discussed.";
            case VOICEMAIL -> (text.companyOnly() ? "Voicemail left for " + who + ": \"" : who + " left a voicemail: \"")
                    + excerpt(text, 400) + "\"";
            default -> {
                StringBuilder out = new StringBuilder(who).append(outbound ? " talked with us about " : " called about ");
                out.append(facts.eventType() == null ? "an event" : article(words(facts.eventType().name())));
                if (facts.eventDate() != null) {
                    out.append(" on ").append(SPOKEN_DATE.format(facts.eventDate()));
                }
                if (facts.venue() != null) {
                    out.append(" at ").append(facts.venue());
                }
                if (facts.guestCount() != null) {
                    out.append(" for about ").append(facts.guestCount()).append(" guests");
                }
                if (facts.budget() != null) {
                    out.append(", with a budget of ").append(facts.budget());
                }
                out.append(". ").append(switch (outcome.outcome()) {
                    case BOOKED -> "They want to book.";
                    case QUALIFIED -> "They are interested and expect a proposal.";
                    case CALLBACK_REQUESTED -> "They asked to be called back.";
                    case NOT_INTERESTED -> outcome.cancellation() ? "They are canceling." : "They are not going ahead.";
                    default -> "No decision was made.";
                });
                if (date != null && date.changed()) {
                    out.append(" The event date changed.");
                }
                if (guests != null && guests.changed()) {
                    out.append(" The guest count changed.");
                }
                if (outcome.priceObjection()) {
                    out.append(" Price was a concern.");
                }
                yield out.toString();
            }
        };
    }

    private static List<String> actionItems(AnalysisRequest request, CallText text, ExtractedFacts facts,
                                            OutcomeRules.Outcome outcome, FactRules.Found<LocalDate> date,
                                            FactRules.Found<Integer> guests, FollowUp followUp) {
        List<String> items = new ArrayList<>();
        switch (outcome.outcome()) {
            case BOOKED -> items.add("Send the contract and the deposit invoice");
            case QUALIFIED -> items.add(facts.budget() == null ? "Send a proposal"
                    : "Send a proposal within the budget of " + facts.budget());
            case CALLBACK_REQUESTED -> items.add("Call back " + (followUp == null ? "soon"
                    : "on " + followUp.notBefore().atZone(request.timeZone())
                    .format(DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.ENGLISH))));
            case VOICEMAIL -> items.add(text.companyOnly() ? "Try the contact again" : "Return the call");
            case NOT_INTERESTED -> items.add(outcome.cancellation()
                    ? "Process the cancellation and confirm the deposit terms in writing" : "Close the lead");
            case WRONG_NUMBER -> items.add("Remove or correct the contact created for this number");
            case INFORMATION_ONLY -> {
                if (facts.eventDate() == null && facts.guestCount() == null) {
                    items.add("Follow up when the client has an event date");
                }
            }
        }
        if (outcome.priceObjection() && outcome.outcome() != CallOutcome.NOT_INTERESTED) {
            items.add("Offer a package that fits the client's budget");
        }
        if (date != null && date.changed()) {
            items.add("Move the booking to " + facts.eventDate());
        }
        if (guests != null && guests.changed()) {
            items.add("Check the setup for " + facts.guestCount() + " guests");
        }
        return items;
    }

    private static String excerpt(CallText text, int max) {
        StringBuilder out = new StringBuilder();
        for (CallText.Sentence s : text.sentences()) {
            if (out.length() + s.text().length() + 1 > max) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(s.text());
        }
        return out.isEmpty() && !text.sentences().isEmpty()
                ? text.sentences().getFirst().text().substring(0, Math.min(max, text.sentences().getFirst().text().length()))
                : out.toString();
    }

    private static String words(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
