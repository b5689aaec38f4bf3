package com.voicedesk.application.analysis;

import com.voicedesk.domain.analysis.AppliedChange;
import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.analysis.ExtractedFacts;
import com.voicedesk.domain.contact.ContactNote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The note an analysis leaves on the contact's file: readable by an admin, complete without the call page. */
final class CallNoteText {

    private CallNoteText() {
    }

    static String of(CallAnalysis a) {
        StringBuilder out = new StringBuilder();
        out.append("Call summary (").append(a.analyzer()).append("): ").append(a.summary()).append('\n');
        out.append("Outcome: ").append(words(a.outcome().name())).append(" · Sentiment: ")
                .append(words(a.sentiment().name()));
        if (a.sentimentReason() != null) {
            out.append(" (").append(a.sentimentReason()).append(')');
        }
        out.append('\n');
        String facts = facts(a.facts());
        if (!facts.isEmpty()) {
            out.append("Facts: ").append(facts).append('\n');
        }
        if (!a.actionItems().isEmpty()) {
            out.append("Action items:\n");
            a.actionItems().forEach(item -> out.append("- ").append(item).append('\n'));
        }
        if (!a.applied().isEmpty()) {
            out.append("Applied to the CRM: ").append(a.applied().stream().map(CallNoteText::change)
                    .collect(Collectors.joining("; "))).append('\n');
        }
        String text = out.toString().strip();
        return text.length() <= ContactNote.MAX_LENGTH ? text : text.substring(0, ContactNote.MAX_LENGTH - 1) + "…";
    }

    static String facts(ExtractedFacts f) {
        List<String> parts = new ArrayList<>();
        if (f.eventType() != null) {
            parts.add(words(f.eventType().name()));
        }
        if (f.eventDate() != null) {
            parts.add("on " + f.eventDate());
        }
        if (f.guestCount() != null) {
            parts.add(f.guestCount() + " guests");
        }
        if (f.venue() != null) {
            parts.add("at " + f.venue());
        }
        if (f.budget() != null) {
            parts.add("budget " + f.budget());
        }
        f.extra().forEach((key, value) -> parts.add(key + ": " + value));
        return String.join(", ", parts);
    }

    private static String change(AppliedChange c) {
        return c.field() + " " + (c.oldValue() == null ? "set to " + c.newValue() : c.oldValue() + " → " + c.newValue());
    }

    static String words(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
