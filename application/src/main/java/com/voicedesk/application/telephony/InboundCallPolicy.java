package com.voicedesk.application.telephony;

import com.voicedesk.domain.shared.Require;

import java.time.Duration;

/**
 * How inbound calls are handled. {@code roomCreateTimeout} bounds the wait for LiveKit inside the voice
 * webhook (the provider gives the webhook about 15 s; past the bound the call is forwarded);
 * {@code roomEmptyTimeout} is how long an empty call room lives; {@code unavailableMessage} is said when
 * a call can go nowhere.
 */
public record InboundCallPolicy(Duration roomCreateTimeout, Duration roomEmptyTimeout, String unavailableMessage) {

    public InboundCallPolicy {
        Require.nonNull(roomCreateTimeout, "roomCreateTimeout");
        Require.nonNull(roomEmptyTimeout, "roomEmptyTimeout");
        unavailableMessage = Require.text(unavailableMessage, "unavailableMessage", 500);
    }
}
