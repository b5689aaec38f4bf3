package com.voicedesk.adapters.ai.openai;

import java.time.Duration;

/** The configuration's defaults, as plain values for tests without Quarkus. */
record TestOpenAiConfig(String baseUrl, Duration requestTimeout) implements OpenAiConfig {

    @Override
    public String model() {
        return "gpt-4o-mini";
    }

    @Override
    public String ttsModel() {
        return "gpt-4o-mini-tts";
    }

    @Override
    public String ttsVoice() {
        return "alloy";
    }

    @Override
    public String ttsFormat() {
        return "mp3";
    }

    @Override
    public Duration connectTimeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    public int maxRetries() {
        return 0;
    }

    @Override
    public Duration retryDelay() {
        return Duration.ofMillis(10);
    }

    @Override
    public int breakerVolume() {
        return 10;
    }

    @Override
    public double breakerFailureRatio() {
        return 0.5;
    }

    @Override
    public Duration breakerDelay() {
        return Duration.ofSeconds(5);
    }

    @Override
    public Duration credentialsTtl() {
        return Duration.ofSeconds(60);
    }

    @Override
    public int maxTranscriptChars() {
        return 60_000;
    }

    @Override
    public boolean logRequests() {
        return false;
    }
}
