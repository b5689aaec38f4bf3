package com.voicedesk.bootstrap.bench;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** The benchmark's application: Deepgram pointed at {@link SttStandIn}; per-call logging quiet. */
public class BenchmarkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.log.category.\"com.voicedesk\".level", "WARN",
                "quarkus.log.category.\"com.voicedesk.bootstrap.bench\".level", "INFO",
                "quarkus.datasource.reactive.max-size", "16");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SttStandIn.class));
    }
}
