package com.voicedesk.bootstrap.bench;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's application: Deepgram pointed at {@link SttStandIn} and timed at its hand-off
 * ({@link HandOffTimedSpeechToText}); per-call logging quiet.
 */
public class BenchmarkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.log.category.\"com.voicedesk\".level", "WARN",
                "quarkus.log.category.\"com.voicedesk.bootstrap.bench\".level", "INFO",
                "quarkus.datasource.reactive.max-size", "16");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(HandOffTimedSpeechToText.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SttStandIn.class));
    }
}
