package com.voicedesk.adapters.ai.openai;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How VoiceDesk talks to OpenAI (or a compatible server). The API key is per tenant (tenant administration
 * API, {@code credentials.openai}); a tenant's own {@code model} and {@code baseUrl} win over the defaults here.
 */
@ConfigMapping(prefix = "voicedesk.openai")
public interface OpenAiConfig {

    /** The API's base URL, used when the tenant sets none. */
    @WithDefault("https://api.openai.com/v1")
    String baseUrl();

    /** The chat model for call analysis and the assistant, when the tenant sets none. */
    @WithDefault("gpt-4o-mini")
    String model();

    /** The text-to-speech model. */
    @WithDefault("gpt-4o-mini-tts")
    String ttsModel();

    /** The text-to-speech voice. */
    @WithDefault("alloy")
    String ttsVoice();

    /** The audio format of spoken replies: mp3, opus, aac, flac, wav or pcm. */
    @WithDefault("mp3")
    String ttsFormat();

    /** Per attempt (a chat completion with a long transcript can take a while). */
    @WithDefault("45s")
    Duration requestTimeout();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Retries of a failed call (5xx, 429, I/O, timeout); a 4xx is not retried. */
    @WithDefault("1")
    int maxRetries();

    @WithDefault("500ms")
    Duration retryDelay();

    /** Calls in the per-tenant circuit breaker's rolling window, and the failure ratio that opens it. */
    @WithDefault("10")
    int breakerVolume();

    @WithDefault("0.5")
    double breakerFailureRatio();

    /** How long an open circuit stays open before a trial call. */
    @WithDefault("30s")
    Duration breakerDelay();

    /** How long a tenant's credentials are reused before they are read again. */
    @WithDefault("60s")
    Duration credentialsTtl();

    /** Transcripts longer than this (characters) are cut in the middle before they are sent. */
    @WithDefault("60000")
    int maxTranscriptChars();

    /** Log requests and responses (contains transcripts and personal data: for debugging only). */
    @WithDefault("false")
    boolean logRequests();
}
