package com.voicedesk.bootstrap.telephony;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Inbound calls and their live transcripts (issue 4); provider settings are under voicedesk.twilio / voicedesk.deepgram. */
@ConfigMapping(prefix = "voicedesk.calls")
public interface CallsConfig {

    /** How long the voice webhook waits for LiveKit to create the call room before forwarding instead. */
    @WithDefault("5s")
    Duration roomCreateTimeout();

    /** How long an empty call room lives. */
    @WithDefault("5m")
    Duration roomEmptyTimeout();

    /** Said to a caller when a call can go nowhere (no room and no forward number). */
    @WithDefault("Sorry, nobody can take your call right now. Please try again later.")
    String unavailableMessage();

    /**
     * How long after the call ended a transcript may stay LIVE (its media stream still finishing) before it
     * is marked INCOMPLETE and the call's completion event is written anyway.
     */
    @WithDefault("60s")
    Duration transcriptSettleTimeout();

    /** How often an SSE transcript stream reads the store (segments from other instances, end of call). */
    @WithDefault("2s")
    Duration transcriptPollInterval();
}
