package com.voicedesk.adapters.ai.openai;

import com.voicedesk.domain.analysis.CallOutcome;
import com.voicedesk.domain.analysis.FactField;
import com.voicedesk.domain.analysis.Sentiment;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.contact.LeadStatus;

import java.util.List;

/** The shape the model answers a call analysis in; the JSON schema sent with the request is derived from it. */
record AnalysisDocument(
        @SchemaField("Two to four sentences for the admin: who called, about which event, what was agreed or decided")
        String summary,
        @SchemaField("Concrete next steps for the company, as short imperatives (\"Send the contract\"); empty if none")
        List<String> actionItems,
        @SchemaField(value = "The kind of event discussed; null if the call does not say", nullable = true)
        EventType eventType,
        @SchemaField(value = "The date of the event (not a callback date) as YYYY-MM-DD, resolved against today's "
                + "date; null if the call does not say a specific day", nullable = true)
        String eventDate,
        @SchemaField(value = "Expected number of guests; for a range, the upper bound; null if not said", nullable = true)
        Integer guestCount,
        @SchemaField(value = "Where the event takes place (the reception when ceremony and reception differ), as "
                + "the caller names it; null for a private home or an undecided place", nullable = true)
        String venue,
        @SchemaField(value = "The client's budget for the entertainment, in the business's currency (upper bound of "
                + "a range); null if the client did not say one", nullable = true)
        Double budgetAmount,
        @SchemaField("The business's custom facts heard in the call (only the keys listed in the instructions)")
        List<ExtraFact> extraFacts,
        @SchemaField("HOT: ready to book; WARM: interested; COLD: not interested, cancelling or a wrong number")
        Sentiment sentiment,
        @SchemaField("Why that sentiment, in a few words quoting the client")
        String sentimentReason,
        @SchemaField("What the call achieved")
        CallOutcome outcome,
        @SchemaField(value = "The lead status the contact should move to after this call; null to leave it", nullable = true)
        LeadStatus proposedLeadStatus,
        @SchemaField(value = "A call the company should make next; null if none is needed", nullable = true)
        FollowUpDocument followUp,
        @SchemaField("Facts the call explicitly changes from what the CRM record says (a new date, a new guest "
                + "count); empty if none")
        List<FactField> changedFacts) {

    record ExtraFact(@SchemaField("One of the custom fact keys") String key,
                     @SchemaField("What the call says about it") String value) {
    }

    record FollowUpDocument(
            @SchemaField("Why the call") CallPurpose purpose,
            @SchemaField("Not before this local date-time, YYYY-MM-DDTHH:MM in the business's time zone") String notBefore,
            @SchemaField(value = "What to tell or ask the client", nullable = true) String note) {
    }
}
