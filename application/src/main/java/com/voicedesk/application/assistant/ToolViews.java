package com.voicedesk.application.assistant;

import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactNote;
import com.voicedesk.domain.shared.Money;

import java.util.LinkedHashMap;
import java.util.Map;

/** How records look to the model: JSON-compatible maps, dates as ISO strings, nothing secret. */
final class ToolViews {

    private ToolViews() {
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    static Map<String, Object> contactSummary(Contact c) {
        return map("id", c.id().toString(), "name", c.name(),
                "phone", text(c.phone()), "email", text(c.email()),
                "leadStatus", c.leadStatus().name(),
                "eventType", c.eventType() == null ? null : c.eventType().name(),
                "eventDate", text(c.eventDate()),
                "guestCount", c.guestCount(),
                "venue", c.venue(),
                "createdAt", c.createdAt().toString());
    }

    static Map<String, Object> contactDetail(Contact c) {
        Map<String, Object> out = contactSummary(c);
        out.put("budget", money(c.budget()));
        out.put("doNotCall", c.doNotCall());
        out.put("callConsent", c.callConsent());
        out.put("source", c.source().name());
        out.put("updatedAt", c.updatedAt().toString());
        return out;
    }

    static Map<String, Object> note(ContactNote n) {
        return map("text", n.text(), "author", n.author(), "source", n.source().name(),
                "createdAt", n.createdAt().toString());
    }

    static Map<String, Object> call(Call c) {
        return map("id", c.id().toString(), "direction", c.direction().name(), "purpose", c.purpose().name(),
                "status", c.status().name(), "from", c.from(), "to", c.to(),
                "contactId", text(c.contactId()), "createdAt", c.createdAt().toString(),
                "endedAt", text(c.endedAt()), "talkSeconds", c.talkTime().toSeconds());
    }

    static Map<String, Object> analysis(CallAnalysis a) {
        return map("summary", a.summary(), "actionItems", a.actionItems(), "outcome", a.outcome().name(),
                "sentiment", a.sentiment().name(), "sentimentReason", a.sentimentReason(),
                "proposedLeadStatus", a.proposedLeadStatus() == null ? null : a.proposedLeadStatus().name(),
                "facts", map("eventType", a.facts().eventType() == null ? null : a.facts().eventType().name(),
                        "eventDate", text(a.facts().eventDate()), "guestCount", a.facts().guestCount(),
                        "venue", a.facts().venue(), "budget", money(a.facts().budget()), "extra", a.facts().extra()),
                "followUp", a.followUp() == null ? null : map("purpose", a.followUp().purpose().name(),
                        "notBefore", a.followUp().notBefore().toString(), "note", a.followUp().note()),
                "analyzer", a.analyzer());
    }

    static Map<String, Object> money(Money m) {
        return m == null ? null : map("amount", m.amount().toPlainString(), "currency", m.currency().getCurrencyCode());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
