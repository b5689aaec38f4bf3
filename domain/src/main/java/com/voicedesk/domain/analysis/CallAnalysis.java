package com.voicedesk.domain.analysis;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * The AI's notes on one call, and what of them was applied to the CRM. {@code analyzer} names what
 * produced it ("openai:gpt-4o-mini", "rules") so a fallback result is never mistaken for a model's.
 */
public record CallAnalysis(
        CallId callId,
        TenantId tenantId,
        String summary,
        List<String> actionItems,
        ExtractedFacts facts,
        Sentiment sentiment,
        String sentimentReason,
        CallOutcome outcome,
        LeadStatus proposedLeadStatus,
        FollowUp followUp,
        String analyzer,
        List<AppliedChange> applied,
        Instant createdAt) {

    public CallAnalysis {
        Require.nonNull(callId, "callId");
        Require.nonNull(tenantId, "tenantId");
        summary = Require.text(summary, "summary", 10_000);
        actionItems = Require.list(actionItems, "actionItems", 50);
        Require.nonNull(facts, "facts");
        Require.nonNull(sentiment, "sentiment");
        sentimentReason = Require.optionalText(sentimentReason, "sentimentReason", 1000);
        Require.nonNull(outcome, "outcome");
        analyzer = Require.text(analyzer, "analyzer", 100);
        applied = Require.list(applied, "applied", 100);
        Require.nonNull(createdAt, "createdAt");
    }

    /** The same analysis credited to another analyzer (a fallback names why it ran). */
    public CallAnalysis withAnalyzer(String name) {
        return new CallAnalysis(callId, tenantId, summary, actionItems, facts, sentiment, sentimentReason, outcome,
                proposedLeadStatus, followUp, name, applied, createdAt);
    }

    public CallAnalysis withApplied(List<AppliedChange> changes) {
        return new CallAnalysis(callId, tenantId, summary, actionItems, facts, sentiment, sentimentReason, outcome,
                proposedLeadStatus, followUp, analyzer, changes, createdAt);
    }
}
