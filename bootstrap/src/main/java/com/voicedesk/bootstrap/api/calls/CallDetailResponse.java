package com.voicedesk.bootstrap.api.calls;

import com.voicedesk.application.call.CallDetail;
import com.voicedesk.bootstrap.api.common.MoneyDto;
import com.voicedesk.domain.analysis.AppliedChange;
import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.analysis.CallOutcome;
import com.voicedesk.domain.analysis.Sentiment;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.transcript.Speaker;
import com.voicedesk.domain.transcript.TranscriptSegment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A call with its transcript (in order) and its analysis ({@code null} until the call was analysed). */
public record CallDetailResponse(CallResponse call, List<SegmentResponse> transcript, AnalysisResponse analysis) {

    public record SegmentResponse(long sequence, Speaker speaker, String speakerLabel, String text, long startMs,
                                  long endMs, double confidence, Instant receivedAt) {
        public static SegmentResponse of(TranscriptSegment s) {
            return new SegmentResponse(s.sequence(), s.speaker(), s.speakerLabel(), s.text(), s.start().toMillis(),
                    s.end().toMillis(), s.confidence(), s.receivedAt());
        }
    }

    public record FactsResponse(EventType eventType, LocalDate eventDate, Integer guestCount, String venue,
                                MoneyDto budget, Map<String, String> extra) {
    }

    public record FollowUpResponse(CallPurpose purpose, Instant notBefore, String note) {
    }

    public record AnalysisResponse(String summary, List<String> actionItems, FactsResponse facts, Sentiment sentiment,
                                   String sentimentReason, CallOutcome outcome, LeadStatus proposedLeadStatus,
                                   FollowUpResponse followUp, String analyzer, List<AppliedChange> applied,
                                   Instant createdAt) {
        static AnalysisResponse of(CallAnalysis a) {
            return new AnalysisResponse(a.summary(), a.actionItems(),
                    new FactsResponse(a.facts().eventType(), a.facts().eventDate(), a.facts().guestCount(),
                            a.facts().venue(), MoneyDto.of(a.facts().budget()), a.facts().extra()),
                    a.sentiment(), a.sentimentReason(), a.outcome(), a.proposedLeadStatus(),
                    a.followUp() == null ? null
                            : new FollowUpResponse(a.followUp().purpose(), a.followUp().notBefore(), a.followUp().note()),
                    a.analyzer(), a.applied(), a.createdAt());
        }
    }

    public static CallDetailResponse of(CallDetail d) {
        return new CallDetailResponse(CallResponse.of(d.call()),
                d.transcript().stream().map(SegmentResponse::of).toList(),
                d.analysis().map(AnalysisResponse::of).orElse(null));
    }
}
