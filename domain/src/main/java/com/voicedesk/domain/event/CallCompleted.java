package com.voicedesk.domain.event;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;

/** A call reached a final state; call analysis runs from this, once. */
public record CallCompleted(TenantId tenantId, CallId callId, CallStatus status, Instant endedAt) implements DomainEvent {

    public CallCompleted {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(callId, "callId");
        Require.nonNull(status, "status");
        Require.nonNull(endedAt, "endedAt");
    }
}
