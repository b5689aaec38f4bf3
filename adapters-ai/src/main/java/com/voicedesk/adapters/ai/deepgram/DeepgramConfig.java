package com.voicedesk.adapters.ai.deepgram;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Deepgram streaming speech-to-text. The key is per tenant (tenant credentials, {@code deepgram.apiKey});
 * {@link #apiKey()} is a service-wide fallback for tenants without one. See docs/telephony.md for tuning.
 */
@ConfigMapping(prefix = "voicedesk.deepgram")
public interface DeepgramConfig {

    /** The streaming endpoint (a self-hosted Deepgram, or the EU endpoint, can go here). */
    @WithDefault("wss://api.deepgram.com/v1/listen")
    URI url();

    /** Used for tenants that have no Deepgram key of their own. */
    Optional<String> apiKey();

    @WithDefault("nova-3")
    String model();

    @WithDefault("en-US")
    String language();

    /** Interim (not yet final) text, for live captions. Needed for utterance-end detection. */
    @WithDefault("true")
    boolean interimResults();

    /** Silence that ends a spoken phrase. Longer keeps phone numbers and e-mail addresses in one segment. */
    @WithDefault("300ms")
    Duration endpointing();

    /** Gap after the last word that ends an utterance (Deepgram's minimum is 1000 ms). */
    @WithDefault("1000ms")
    Duration utteranceEnd();

    @WithDefault("true")
    boolean smartFormat();

    /** Deepgram's SpeechStarted events (voice activity). */
    @WithDefault("true")
    boolean vadEvents();

    /** A KeepAlive is sent when no audio was sent for this long (Deepgram closes idle streams after ~10 s). */
    @WithDefault("4s")
    Duration keepAliveInterval();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Open Deepgram sockets at most (two per call being transcribed); more wait for a free one. */
    @WithDefault("2000")
    int maxConnections();

    /** Reconnects in a row before the stream gives up (the transcript is then marked incomplete). */
    @WithDefault("6")
    int reconnectAttempts();

    /** First reconnect delay; doubled each attempt, capped at 5 s. */
    @WithDefault("250ms")
    Duration reconnectDelay();

    /**
     * Audio kept until Deepgram finalises it, to replay after a reconnect. Audio older than this that is
     * still unacknowledged (a long outage) is dropped and counted as untranscribed.
     */
    @WithDefault("30s")
    Duration replayBuffer();

    /** How long to wait for the last results after the audio ended. */
    @WithDefault("10s")
    Duration closeTimeout();

    /** How long a tenant's key is reused before it is read again. */
    @WithDefault("60s")
    Duration credentialsTtl();
}
