package com.voicedesk.domain.analysis;

import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.tenant.AssistantPersona;
import com.voicedesk.domain.transcript.TranscriptSegment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * Everything an analyzer may use: the call, its transcript in order, the contact as the CRM knows it
 * ({@code null} for a call nobody was matched to), the business it belongs to, and "now" with the tenant's
 * time zone, so that "next Saturday" resolves to a date.
 */
public record AnalysisRequest(
        Call call,
        Contact contact,
        List<TranscriptSegment> transcript,
        AssistantPersona persona,
        ZoneId timeZone,
        Currency currency,
        List<CustomFact> customFacts,
        Instant now) {

    public AnalysisRequest {
        Require.nonNull(call, "call");
        transcript = List.copyOf(Require.nonNull(transcript, "transcript"));
        Require.nonNull(persona, "persona");
        Require.nonNull(timeZone, "timeZone");
        Require.nonNull(currency, "currency");
        customFacts = Require.list(customFacts, "customFacts", AnalysisSettings.MAX_CUSTOM_FACTS);
        Require.nonNull(now, "now");
    }

    /** Today's date where the business is. */
    public LocalDate today() {
        return now.atZone(timeZone).toLocalDate();
    }
}
