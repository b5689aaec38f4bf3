package com.voicedesk.adapters.ai.rules;

import com.voicedesk.domain.analysis.AnalysisRequest;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallDirection;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.call.TranscriptStatus;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.AssistantPersona;
import com.voicedesk.domain.transcript.Speaker;
import com.voicedesk.domain.transcript.TranscriptSegment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The labelled transcripts of {@code analysis/labelled-calls.txt}, as analysis requests with their expectations. */
final class LabelledCalls {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    record LabelledCall(String id, LocalDate today, Map<String, String> expected, List<TranscriptSegment> segments) {

        String expect(String key) {
            String value = expected.get(key);
            return value == null || value.equals("-") ? null : value;
        }

        AnalysisRequest request() {
            boolean outbound = !segments.isEmpty() && segments.getFirst().speaker() == Speaker.AGENT
                    && segments.getFirst().text().contains("from M10 DJ Company");
            var now = today.atTime(LocalTime.of(11, 30)).atZone(ZONE).toInstant();
            Call call = new Call(CallId.random(), TenantId.random(), null,
                    outbound ? CallDirection.OUTBOUND : CallDirection.INBOUND, CallPurpose.INQUIRY,
                    CallStatus.COMPLETED, "+19015550143", "+19015550100", "CA" + id.hashCode(), null,
                    TranscriptStatus.COMPLETE, List.of(), now, now, now, 0);
            return new AnalysisRequest(call, null, segments, new AssistantPersona("Ben", "M10 DJ Company", null),
                    ZONE, Currency.getInstance("USD"), List.of(), now);
        }
    }

    private LabelledCalls() {
    }

    /** The development set: written before the rules, and looked at while writing them. */
    static List<LabelledCall> development() {
        return load("/analysis/labelled-calls.txt");
    }

    /** The held-out set: written after the rules, never used to tune them. */
    static List<LabelledCall> heldOut() {
        return load("/analysis/labelled-calls-holdout.txt");
    }

    static List<LabelledCall> load(String resource) {
        try (InputStream in = LabelledCalls.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LabelledCall> parse(String text) {
        List<LabelledCall> calls = new ArrayList<>();
        String id = null;
        LocalDate today = null;
        Map<String, String> expected = new LinkedHashMap<>();
        List<TranscriptSegment> segments = new ArrayList<>();
        for (String line : (text + "\n=== end").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (id != null) {
                    calls.add(new LabelledCall(id, today, Map.copyOf(expected), List.copyOf(segments)));
                }
                id = line.substring(4).strip();
                today = null;
                expected.clear();
                segments.clear();
                continue;
            }
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "today" -> today = LocalDate.parse(value);
                case "AGENT", "CALLER" -> segments.add(new TranscriptSegment(CallId.random(), segments.size() + 1,
                        id + "-" + segments.size(), key.equals("AGENT") ? Speaker.AGENT : Speaker.CALLER, null, value,
                        Duration.ofSeconds(segments.size() * 5L), Duration.ofSeconds(segments.size() * 5L + 4), 0.95,
                        java.time.Instant.EPOCH));
                default -> expected.put(key, value);
            }
        }
        return calls;
    }
}
