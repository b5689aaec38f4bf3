package com.voicedesk.adapters.livekit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** How VoiceDesk talks to LiveKit's server API. Credentials are per tenant (tenant administration API). */
@ConfigMapping(prefix = "voicedesk.livekit")
public interface LiveKitConfig {

    /** Per attempt. */
    @WithDefault("5s")
    Duration requestTimeout();

    @WithDefault("2s")
    Duration connectTimeout();

    /** Retries of a failed call (5xx, I/O, timeout); a 4xx is not retried. */
    @WithDefault("2")
    int maxRetries();

    @WithDefault("200ms")
    Duration retryDelay();

    /** Calls in the circuit breaker's rolling window, and the failure ratio that opens it. */
    @WithDefault("10")
    int breakerVolume();

    @WithDefault("0.5")
    double breakerFailureRatio();

    /** How long an open circuit stays open before a trial call. */
    @WithDefault("10s")
    Duration breakerDelay();

    /** How long a tenant's credentials are reused before they are read again. */
    @WithDefault("60s")
    Duration credentialsTtl();

    AudioTap audioTap();

    /** LiveKit streaming a participant's microphone to VoiceDesk (track egress to a WebSocket). */
    interface AudioTap {

        /**
         * The address LiveKit's egress service reaches this VoiceDesk at, such as {@code wss://voicedesk.example.com}.
         * Without it, audio taps are off.
         */
        Optional<URI> baseUrl();

        /** How long a tap URL may wait for LiveKit to connect; each URL works once. */
        @WithDefault("5m")
        Duration urlTtl();

        /** The PCM rate and channel count LiveKit sends (it forwards the track's own: 48 kHz mono from browsers). */
        @WithDefault("48000")
        int sampleRate();

        @WithDefault("1")
        int channels();
    }
}
