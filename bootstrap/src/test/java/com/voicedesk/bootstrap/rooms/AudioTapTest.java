package com.voicedesk.bootstrap.rooms;

import com.voicedesk.application.audio.AudioUsage;
import com.voicedesk.application.audio.MeteredAudioSessions;
import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.FakeLiveKit;
import com.voicedesk.bootstrap.support.LiveKitTenant;
import com.voicedesk.bootstrap.support.Tenants;
import com.voicedesk.domain.audio.AudioSource;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.TenantRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import livekit.LivekitEgress;
import livekit.LivekitModels;
import livekit.LivekitWebhook;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The audio tap end to end: a published microphone in a consultation room starts a track egress (through the
 * outbox) to a signed single-use URL; a client speaking LiveKit's side of the WebSocket streams PCM into it and
 * the audio is metered. A second use of the URL, a forged URL and no URL are refused at the upgrade.
 */
@QuarkusTest
class AudioTapTest {

    private static final FakeLiveKit livekit = FakeLiveKit.shared();
    private final String run = java.util.UUID.randomUUID().toString().substring(0, 8);

    @Inject
    MeteredAudioSessions meter;
    @Inject
    TenantRepository tenants;

    /** The URL LiveKit was told to stream to, with this test server's address instead of the public one. */
    private static URI local(String websocketUrl) {
        String path = URI.create(websocketUrl).getRawPath();
        return URI.create("ws://localhost:" + RestAssured.port + path);
    }

    private static WebSocket connect(URI uri) {
        return HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new WebSocket.Listener() {
                }).orTimeout(10, TimeUnit.SECONDS).join();
    }

    private static void assertRefused(URI uri) {
        assertThatThrownBy(() -> connect(uri)).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(401));
    }

    @Test
    void aPublishedMicrophoneIsTappedAndItsPcmIsMetered() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        String contact = Api.createContact(tenant.tenant(), Map.of("name", "Sarah Johnson"));
        JsonPath consultation = tenant.tenant().request().body(Map.of("contactId", contact, "adminIdentity", "ben"))
                .post("/api/consultations").then().statusCode(201).extract().jsonPath();
        String room = consultation.getString("consultation.room");
        TenantId tenantId = Tenants.idOf(tenants, tenant.slug());

        tenant.deliver(LiveKitTenant.trackPublished(run + "-EV_t1", room, "client-" + contact, "client", "TR_mic1", LivekitModels.TrackSource.MICROPHONE))
                .then().statusCode(200);
        tenant.deliver(LiveKitTenant.trackPublished(run + "-EV_t2", room, "ben", "admin", "TR_cam1", LivekitModels.TrackSource.CAMERA))
                .then().statusCode(200);

        FakeLiveKit.Request start = await().atMost(Duration.ofSeconds(15)).until(
                () -> livekit.requests(tenant.apiKey(), "StartTrackEgress"), found -> !found.isEmpty()).getFirst();
        LivekitEgress.TrackEgressRequest egress = start.parse(LivekitEgress.TrackEgressRequest.parser());
        assertThat(egress.getRoomName()).isEqualTo(room);
        assertThat(egress.getTrackId()).isEqualTo("TR_mic1");
        assertThat(egress.getWebsocketUrl()).startsWith("ws://voicedesk.test/livekit/audio-tap/");
        assertThat(start.verifiedToken(tenant.apiKey(), tenant.apiSecret()).getClaim("video").asMap())
                .containsEntry("roomRecord", true);

        AudioUsage.Source before = meter.usage(AudioSource.LIVEKIT_TRACK_EGRESS);
        URI tap = local(egress.getWebsocketUrl());
        WebSocket socket = connect(tap);
        byte[] twentyMillis = new byte[1920]; // 48 kHz, 16-bit, mono
        for (int i = 0; i < 50; i++) {
            twentyMillis[0] = (byte) i;
            socket.sendBinary(ByteBuffer.wrap(twentyMillis.clone()), true).join();
        }
        socket.sendText("{\"muted\": true}", true).join();

        AudioUsage.Session session = await().atMost(Duration.ofSeconds(10)).until(() -> meter.usage().sessions().stream()
                .filter(s -> s.tenantId().equals(tenantId))
                .filter(s -> s.frames() == 50).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(session.source()).isEqualTo(AudioSource.LIVEKIT_TRACK_EGRESS);
        assertThat(session.format().sampleRate()).isEqualTo(48_000);
        assertThat(session.bytes()).isEqualTo(96_000);
        assertThat(session.audioSeconds()).isEqualTo(1.0);

        socket.sendClose(WebSocket.NORMAL_CLOSURE, "track unpublished").join();
        await().atMost(Duration.ofSeconds(10)).until(() -> meter.session(session.sessionId()).isEmpty());
        AudioUsage.Source after = meter.usage(AudioSource.LIVEKIT_TRACK_EGRESS);
        assertThat(after.frames() - before.frames()).isGreaterThanOrEqualTo(50);
        assertThat(after.audioSeconds() - before.audioSeconds()).isGreaterThanOrEqualTo(1.0);
        assertThat(after.sessionsOpened()).isGreaterThan(before.sessionsOpened());

        // Single use: LiveKit (or anyone) coming back with the same URL is refused.
        assertRefused(tap);
        // One tap per track: the camera was never tapped, and the tap is recorded as this room's export.
        assertThat(livekit.requests(tenant.apiKey(), "StartTrackEgress")).hasSize(1);

        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("voicedesk_audio_frames_total{source=\"livekit_track_egress\"}")
                .contains("voicedesk_audio_seconds_total{source=\"livekit_track_egress\"}")
                .doesNotContain("/livekit/audio-tap/");
    }

    @Test
    void unauthenticatedAndForgedTapConnectionsAreRefused() {
        URI base = URI.create("ws://localhost:" + RestAssured.port + "/livekit/audio-tap/");
        assertRefused(base.resolve("not-a-token"));
        assertRefused(base.resolve("dDF8MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwfHJ8aXx0fHxufDk5OTk5OTk5OTl8NDgwMDB8MQ.c2lnbmF0dXJl"));
    }

    @Test
    void callRoomsAndBotsAreNotTapped() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        tenant.deliver(LiveKitTenant.trackPublished(run + "-EV_n1", tenant.room("call-" + java.util.UUID.randomUUID()), "ben", "admin", "TR_a",
                LivekitModels.TrackSource.MICROPHONE)).then().statusCode(200);
        tenant.deliver(LiveKitTenant.trackPublished(run + "-EV_n2", tenant.room("assistant-ben"), "bot", "bot", "TR_b",
                LivekitModels.TrackSource.MICROPHONE)).then().statusCode(200);
        tenant.deliver(LiveKitTenant.trackPublished(run + "-EV_n3", tenant.room("assistant-ben"), "ben", "admin", "TR_c",
                LivekitModels.TrackSource.MICROPHONE)).then().statusCode(200);
        List<FakeLiveKit.Request> starts = await().atMost(Duration.ofSeconds(15)).until(
                () -> livekit.requests(tenant.apiKey(), "StartTrackEgress"), found -> !found.isEmpty());
        assertThat(starts).singleElement().satisfies(start ->
                assertThat(start.parse(LivekitEgress.TrackEgressRequest.parser()).getTrackId()).isEqualTo("TR_c"));
    }
}
