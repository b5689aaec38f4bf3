package com.voicedesk.bootstrap.support;

import com.voicedesk.domain.analysis.AppliedChange;
import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.analysis.CallAnalysisRepository;
import com.voicedesk.domain.analysis.CallOutcome;
import com.voicedesk.domain.analysis.ExtractedFacts;
import com.voicedesk.domain.analysis.Sentiment;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.transcript.NewSegment;
import com.voicedesk.domain.transcript.Speaker;
import com.voicedesk.domain.transcript.TranscriptRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Puts calls, transcripts and analyses in the database through the real ports (calls have no create API). */
@ApplicationScoped
public class CallFixtures {

    private final CallRepository calls;
    private final TranscriptRepository transcripts;
    private final CallAnalysisRepository analyses;

    public CallFixtures(CallRepository calls, TranscriptRepository transcripts, CallAnalysisRepository analyses) {
        this.calls = calls;
        this.transcripts = transcripts;
        this.analyses = analyses;
    }

    public Call inboundCall(TenantId tenant, ContactId contact, String providerId, Instant at) {
        Call call = Call.inbound(tenant, contact, "+15550102000", "+15550109999", providerId, at);
        OnVertx.await(() -> calls.insert(call));
        return call;
    }

    public Call complete(Call call, Instant answered, Instant ended) {
        Call done = call.moveTo(CallStatus.IN_PROGRESS, answered).moveTo(CallStatus.COMPLETED, ended);
        return OnVertx.await(() -> calls.update(done));
    }

    public void segment(TenantId tenant, CallId call, String providerId, Speaker speaker, String text, long startMs) {
        OnVertx.await(() -> transcripts.append(new NewSegment(tenant, call, providerId, speaker, null, text,
                Duration.ofMillis(startMs), Duration.ofMillis(startMs + 1500), 0.93, Instant.now())));
    }

    public void analysis(TenantId tenant, CallId call) {
        OnVertx.await(() -> analyses.insertIfAbsent(new CallAnalysis(call, tenant,
                "Sarah is planning a June wedding for 150 guests at The Grand Hall.",
                List.of("Send the wedding package", "Hold 12 June"),
                new ExtractedFacts(EventType.WEDDING, LocalDate.of(2027, 6, 12), 150, "The Grand Hall", null, Map.of()),
                Sentiment.HOT, "asked for a proposal", CallOutcome.QUALIFIED, LeadStatus.QUALIFIED, null, "rules",
                List.of(new AppliedChange("guestCount", null, "150")), Instant.now())));
    }
}
