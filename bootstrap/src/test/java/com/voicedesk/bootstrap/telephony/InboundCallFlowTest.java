package com.voicedesk.bootstrap.telephony;

import com.voicedesk.adapters.twilio.media.StreamTokens;
import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.domain.audio.MuLaw;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The whole inbound path: Twilio's voice webhook, a simulated Twilio peer streaming a real speech recording
 * (espeak-ng, mu-law 8 kHz, see src/test/resources/speech) over the media socket, the local Deepgram server,
 * the transcript store, the SSE stream, the call room's data packets, and the completion event.
 */
@QuarkusTest
@TestProfile(TelephonyTestProfile.class)
class InboundCallFlowTest {

    private static final Duration PACE = Duration.ofMillis(5);
    private static byte[] fixture;
    /** The seconds of the recording that hold speech, as the local Deepgram server will judge them. */
    private static List<Long> speechSeconds;

    @BeforeAll
    static void readFixture() throws Exception {
        try (InputStream in = InboundCallFlowTest.class.getResourceAsStream("/speech/caller.ulaw")) {
            fixture = in.readAllBytes();
        }
        byte[] pcm = MuLaw.toPcm16(fixture);
        speechSeconds = new ArrayList<>();
        for (int from = 0, second = 0; from < pcm.length; from += LocalDeepgram.BYTES_PER_SECOND, second++) {
            int to = Math.min(pcm.length, from + LocalDeepgram.BYTES_PER_SECOND);
            double sum = 0;
            for (int i = from; i + 1 < to; i += 2) {
                short s = (short) ((pcm[i] & 0xFF) | (pcm[i + 1] << 8));
                sum += (double) s * s;
            }
            if (Math.sqrt(sum / ((to - from) / 2.0)) > 300) {
                speechSeconds.add((long) second);
            }
        }
        assertThat(speechSeconds).hasSizeGreaterThan(8);
    }

    private static Map<String, Object> livekitRouting() {
        return Map.of("mode", "LIVEKIT", "forwardTo", "+15550109999", "sipUri", "sip:{room}@voicedesk.sip.livekit.cloud");
    }

    private record Answered(String callId, String token, String callSid) {
    }

    private static Answered answer(Twilio.Account account) {
        String callSid = Twilio.callSid();
        var response = Twilio.post(account, account.voicePath(), Twilio.voiceParams(account, callSid, "+15550102000"));
        response.then().statusCode(200);
        String token = new XmlPath(response.asString()).getString("Response.Start.Stream.Parameter.@value");
        String callId = account.tenant().request().get("/api/calls?size=200").then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.providerCallId == '" + callSid + "' }.id").getFirst().toString();
        return new Answered(callId, token, callSid);
    }

    private static void streamCall(Twilio.Account account, Answered call) throws Exception {
        try (TwilioPeer peer = new TwilioPeer().connect()) {
            peer.start(account.accountSid(), call.callSid(), call.token());
            peer.stream(fixture, PACE);
            peer.stop(call.callSid());
            peer.awaitClose();
        }
    }

    private static String transcriptStatus(Twilio.Account account, String callId) {
        return account.tenant().request().get("/api/calls/" + callId).then().statusCode(200).extract().path("call.transcriptStatus");
    }

    private static List<Map<String, Object>> segments(Twilio.Account account, String callId) {
        return account.tenant().request().get("/api/calls/" + callId).then().statusCode(200).extract().path("transcript");
    }

    private static void assertWholeTranscript(List<Map<String, Object>> segments) {
        assertThat(segments).extracting(s -> ((Number) s.get("sequence")).longValue())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, speechSeconds.size()).boxed().toList());
        assertThat(segments).extracting(s -> ((Number) s.get("startMs")).longValue() / 1000)
                .containsExactlyElementsOf(speechSeconds);
        assertThat(segments).allSatisfy(s -> {
            assertThat(s.get("speaker")).isEqualTo("CALLER");
            assertThat((String) s.get("text")).startsWith("part ");
        });
    }

    @Test
    void aCallIsTranscribedLiveStoredInOrderStreamedAndCompletedOnce() throws Exception {
        try (LocalLiveKit livekit = new LocalLiveKit()) {
            String key = "ok-" + UUID.randomUUID();
            Twilio.Account account = Twilio.tenant(livekitRouting(), livekit.url(), key, "This call may be recorded.");
            Answered call = answer(account);
            String room = livekit.roomsCreated.getFirst();

            try (SseClient sse = new SseClient("/api/calls/" + call.callId() + "/transcript/stream", account.tenant().apiKey(), null)) {
                assertThat(sse.status.get()).isEqualTo(200);
                streamCall(account, call);

                await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETE".equals(transcriptStatus(account, call.callId())));
                List<Map<String, Object>> segments = segments(account, call.callId());
                assertWholeTranscript(segments);

                // the audio reached speech-to-text whole: the caller's track bit for bit, the agent's as silence
                List<LocalDeepgram.Connection> connections = LocalDeepgram.connectionsFor(key);
                assertThat(connections).hasSize(2);
                byte[] pcm = MuLaw.toPcm16(fixture);
                String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pcm));
                assertThat(connections).extracting(LocalDeepgram.Connection::sha256).contains(expected);
                assertThat(connections).allSatisfy(c -> {
                    assertThat(c.audio().length()).isEqualTo(pcm.length);
                    assertThat(c.query()).contains("encoding=linear16", "sample_rate=8000");
                    assertThat(c.control()).contains("{\"type\":\"CloseStream\"}");
                });

                // live: every final on the SSE stream, in order, with its sequence as the event id; interim text too
                await().atMost(Duration.ofSeconds(10)).until(() -> sse.named("final").size() == speechSeconds.size());
                assertThat(sse.named("final")).extracting(SseClient.Event::id).containsExactlyElementsOf(
                        segments.stream().map(s -> s.get("sequence").toString()).toList());
                assertThat(sse.named("interim")).isNotEmpty().allSatisfy(e -> assertThat(e.id()).isNull());
                assertThat(sse.named("final").getFirst().data()).contains("\"speaker\":\"CALLER\"", "\"seq\":1");
                // and to the call's room, on the transcription topic
                assertThat(livekit.packets).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.room()).isEqualTo(room);
                    assertThat(p.topic()).isEqualTo("transcription");
                });
                assertThat(livekit.packets).filteredOn(p -> p.payload().contains("\"type\":\"final\"")).hasSize(speechSeconds.size());

                // the call ends: the completion event is written once, however often Twilio says so
                assertThat(OutboxRows.callCompleted(account)).isZero();
                Twilio.post(account, account.statusPath(), Twilio.statusParams(account, call.callSid(), "completed"))
                        .then().statusCode(204);
                Twilio.post(account, account.statusPath(), Twilio.statusParams(account, call.callSid(), "completed"))
                        .then().statusCode(204);
                assertThat(OutboxRows.callCompleted(account)).isEqualTo(1);
                account.tenant().request().get("/api/calls/" + call.callId()).then()
                        .body("call.status", equalTo("COMPLETED"))
                        .body("call.roomName", equalTo(room));

                sse.ended.get(10, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(sse.events.getLast().name()).isEqualTo("ended");
            }

            // a client that reconnects with Last-Event-ID gets what it missed, then the end
            try (SseClient resumed = new SseClient("/api/calls/" + call.callId() + "/transcript/stream",
                    account.tenant().apiKey(), "2")) {
                resumed.ended.get(10, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(resumed.named("final")).extracting(SseClient.Event::id).containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(3, speechSeconds.size()).mapToObj(Integer::toString).toList());
                assertThat(resumed.events.getLast().name()).isEqualTo("ended");
            }
        }
    }

    @Test
    void deepgramDroppingTheConnectionMidCallLosesNoFinalSegment() throws Exception {
        String key = "drop-" + UUID.randomUUID();
        Twilio.Account account = Twilio.tenant(Map.of("mode", "FORWARD", "forwardTo", "+15550109999"), null, key, null);
        Answered call = answer(account);
        streamCall(account, call);

        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETE".equals(transcriptStatus(account, call.callId())));
        assertThat(LocalDeepgram.connectionsFor(key)).hasSize(4);
        assertWholeTranscript(segments(account, call.callId()));
    }

    @Test
    void malformedMessagesUnknownTokensAndOtherTenantsCallsAreRefused() throws Exception {
        Map<String, Object> forward = Map.of("mode", "FORWARD", "forwardTo", "+15550109999");
        Twilio.Account a = Twilio.tenant(forward, null, "ok-" + UUID.randomUUID(), null);
        Twilio.Account b = Twilio.tenant(forward, null, "ok-" + UUID.randomUUID(), null);
        Answered callA = answer(a);
        Answered callB = answer(b);

        assertThat(refusal(peer -> peer.send("this is not JSON"))).isEqualTo((short) 1008);
        assertThat(refusal(peer -> peer.send("{\"event\":\"media\",\"media\":{\"track\":\"inbound\",\"payload\":\"AAAA\"}}")))
                .as("media before start").isEqualTo((short) 1008);
        assertThat(refusal(peer -> peer.start(a.accountSid(), callA.callSid(), "v1.not-a-token"))).isEqualTo((short) 1008);
        assertThat(refusal(peer -> {
            peer.start(a.accountSid(), callA.callSid(), callA.token());
            peer.send("{\"event\":\"media\",\"media\":{\"track\":\"inbound\",\"payload\":\"%%%\"}}");
        })).as("a malformed media message on an authorized stream").isEqualTo((short) 1008);

        // tenant A's genuine token, naming tenant B's call: signed correctly, but not A's call
        TenantId tenantA = TenantId.of(Api.operator().get("/admin/tenants/" + a.tenant().slug()).then().extract().path("id"));
        String forged = StreamTokens.issue(tenantA, CallId.of(callB.callId()), Instant.now().plusSeconds(60), a.authToken());
        assertThat(refusal(peer -> peer.start(a.accountSid(), callB.callSid(), forged))).isEqualTo((short) 1008);
        // B's genuine token presented with A's account, or for A's call
        assertThat(refusal(peer -> peer.start(a.accountSid(), callB.callSid(), callB.token()))).isEqualTo((short) 1008);
        assertThat(refusal(peer -> peer.start(b.accountSid(), callA.callSid(), callB.token()))).isEqualTo((short) 1008);

        assertThat(transcriptStatus(b, callB.callId())).isEqualTo("NONE");
        assertThat(segments(b, callB.callId())).isEmpty();

        // the SSE stream is tenant-scoped too
        try (SseClient sse = new SseClient("/api/calls/" + callB.callId() + "/transcript/stream", a.tenant().apiKey(), null)) {
            assertThat(sse.status.get()).isEqualTo(404);
        }
    }

    private interface PeerAction {
        void run(TwilioPeer peer) throws Exception;
    }

    private static short refusal(PeerAction action) throws Exception {
        try (TwilioPeer peer = new TwilioPeer().connect()) {
            action.run(peer);
            return peer.awaitClose();
        }
    }

}
