package com.voicedesk.bootstrap.wiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The application side of the AI features (provider settings are under voicedesk.openai). */
@ConfigMapping(prefix = "voicedesk.ai")
public interface AiConfig {

    /**
     * Deliveries of a completed call's analysis that wait for the language model when its provider fails (the
     * outbox retries with backoff: 2 s, 4 s, ...); on the last one the offline rules write the notes instead.
     */
    @WithDefault("3")
    int analysisProviderAttempts();

    /** How long spoken assistant replies are kept for the frontend to fetch. */
    @WithDefault("24h")
    Duration replyAudioRetention();
}
