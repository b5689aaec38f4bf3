package com.voicedesk.application.telephony;

import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;

/**
 * A provider's report about a call. {@code eventKey} identifies the report for idempotency (the same
 * report delivered twice has the same key); {@code at} is when the provider says it happened, if it says.
 */
public record UpdateCallStatusCommand(TenantId tenantId, String providerCallId, CallStatus status, Instant at,
                                      String eventKey) {

    public UpdateCallStatusCommand {
        Require.nonNull(tenantId, "tenantId");
        providerCallId = Require.text(providerCallId, "providerCallId", 100);
        Require.nonNull(status, "status");
        eventKey = Require.text(eventKey, "eventKey", 300);
    }
}
