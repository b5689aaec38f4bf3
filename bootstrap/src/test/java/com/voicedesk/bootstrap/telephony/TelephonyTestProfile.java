package com.voicedesk.bootstrap.telephony;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** The telephony tests' application: Deepgram pointed at {@link LocalDeepgram}, quick timings. */
public class TelephonyTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "voicedesk.calls.transcript-poll-interval", "200ms",
                "voicedesk.calls.room-create-timeout", "5s",
                "voicedesk.deepgram.reconnect-delay", "50ms",
                "voicedesk.deepgram.close-timeout", "5s",
                "voicedesk.livekit.max-retries", "0");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LocalDeepgram.class));
    }
}
