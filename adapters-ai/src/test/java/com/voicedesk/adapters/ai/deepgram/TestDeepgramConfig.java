package com.voicedesk.adapters.ai.deepgram;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The defaults of {@link DeepgramConfig}, with quick timings for tests. */
record TestDeepgramConfig(URI url, Optional<String> apiKey) implements DeepgramConfig {

    public String model() { return "nova-3"; }
    public String language() { return "en-US"; }
    public boolean interimResults() { return true; }
    public Duration endpointing() { return Duration.ofMillis(300); }
    public Duration utteranceEnd() { return Duration.ofMillis(1000); }
    public boolean smartFormat() { return true; }
    public boolean vadEvents() { return true; }
    public Duration keepAliveInterval() { return Duration.ofMillis(500); }
    public Duration connectTimeout() { return Duration.ofSeconds(2); }
    public int maxConnections() { return 100; }
    public int reconnectAttempts() { return 2; }
    public Duration reconnectDelay() { return Duration.ofMillis(50); }
    public Duration replayBuffer() { return Duration.ofSeconds(30); }
    public Duration closeTimeout() { return Duration.ofSeconds(5); }
    public Duration credentialsTtl() { return Duration.ofSeconds(60); }
}
