package com.voicedesk.domain.plan;

import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * An outbound call to make: to whom, why, what to find out, within which window, how often to retry,
 * and the last compliance verdict ({@code null} until checked).
 */
public record CallPlan(
        CallPlanId id,
        TenantId tenantId,
        ContactId contactId,
        CallPurpose purpose,
        String goal,
        List<String> questions,
        Instant earliestAt,
        Instant latestAt,
        RetryPolicy retryPolicy,
        int attempts,
        Instant nextAttemptAt,
        CallPlanStatus status,
        ComplianceVerdict verdict,
        Instant createdAt,
        long version) {

    public CallPlan {
        Require.nonNull(id, "id");
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(contactId, "contactId");
        Require.nonNull(purpose, "purpose");
        goal = Require.text(goal, "goal", 2000);
        questions = Require.list(questions, "questions", 20);
        Require.nonNull(earliestAt, "earliestAt");
        if (latestAt != null && !earliestAt.isBefore(latestAt)) {
            throw new InvalidValueException("latestAt", "must be after earliestAt");
        }
        Require.nonNull(retryPolicy, "retryPolicy");
        Require.range(attempts, 0, retryPolicy.maxAttempts(), "attempts");
        Require.nonNull(status, "status");
        Require.nonNull(createdAt, "createdAt");
    }

    public static CallPlan schedule(TenantId tenant, ContactId contact, CallPurpose purpose, String goal,
                                    List<String> questions, Instant earliestAt, Instant latestAt,
                                    RetryPolicy retryPolicy, Instant now) {
        return new CallPlan(CallPlanId.random(), tenant, contact, purpose, goal, questions, earliestAt, latestAt,
                retryPolicy, 0, earliestAt, CallPlanStatus.SCHEDULED, null, now, 0);
    }
}
