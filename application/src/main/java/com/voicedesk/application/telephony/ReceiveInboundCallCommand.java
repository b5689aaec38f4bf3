package com.voicedesk.application.telephony;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/** An inbound call as the provider reports it: its id, the caller's and the called address. */
public record ReceiveInboundCallCommand(TenantId tenantId, String providerCallId, String from, String to,
                                        String callerName) {

    public ReceiveInboundCallCommand {
        Require.nonNull(tenantId, "tenantId");
        providerCallId = Require.text(providerCallId, "providerCallId", 100);
        from = Require.optionalText(from, "from", 200);
        to = Require.optionalText(to, "to", 200);
        callerName = Require.optionalText(callerName, "callerName", 200);
    }
}
