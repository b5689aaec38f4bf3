package com.voicedesk.adapters.livekit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

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
}
