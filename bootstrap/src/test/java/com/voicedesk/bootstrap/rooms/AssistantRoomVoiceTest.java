package com.voicedesk.bootstrap.rooms;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.FakeLiveKit;
import com.voicedesk.bootstrap.support.LiveKitTenant;
import com.voicedesk.bootstrap.telephony.TelephonyTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import livekit.LivekitEgress;
import livekit.LivekitModels;
import livekit.LivekitRoom;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin talks to the assistant inside LiveKit: the microphone in the admin's assistant room is tapped into
 * VoiceDesk, transcribed (a local server speaking Deepgram's protocol), answered by the assistant, and the reply
 * and the navigation command come back to that admin on the room's data topics.
 */
@QuarkusTest
@TestProfile(TelephonyTestProfile.class)
class AssistantRoomVoiceTest {

    private static final FakeLiveKit livekit = FakeLiveKit.shared();

    @Test
    void speechInTheAssistantRoomIsAnsweredOnItsDataTopics() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        Api.operator().body(Map.of("credentials", Map.of("deepgram", Map.of("apiKey", "say-show-me-new-leads-from-this-week"))))
                .patch("/admin/tenants/" + tenant.slug()).then().statusCode(200);
        Api.createContact(tenant.tenant(), Map.of("name", "Sarah Johnson", "eventType", "WEDDING"));
        String room = tenant.room("assistant-ben");

        tenant.deliver(LiveKitTenant.trackPublished("EV_" + UUID.randomUUID(), room, "ben", "admin", "TR_mic",
                LivekitModels.TrackSource.MICROPHONE)).then().statusCode(200);
        FakeLiveKit.Request start = await().atMost(Duration.ofSeconds(15)).until(
                () -> livekit.requests(tenant.apiKey(), "StartTrackEgress"), found -> !found.isEmpty()).getFirst();
        String tapPath = URI.create(start.parse(LivekitEgress.TrackEgressRequest.parser()).getWebsocketUrl()).getRawPath();

        WebSocket tap = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + RestAssured.port + tapPath), new WebSocket.Listener() {
                }).join();
        tap.sendBinary(ByteBuffer.wrap(tone()), true).join();

        List<LivekitRoom.SendDataRequest> sent = await().atMost(Duration.ofSeconds(20)).until(
                () -> livekit.requests(tenant.apiKey(), "SendData").stream()
                        .map(request -> request.parse(LivekitRoom.SendDataRequest.parser())).toList(),
                packets -> packets.stream().anyMatch(p -> "navigation".equals(p.getTopic())));
        LivekitRoom.SendDataRequest reply = sent.stream().filter(p -> "assistant".equals(p.getTopic())).findFirst().orElseThrow();
        assertThat(reply.getRoom()).isEqualTo(room);
        assertThat(reply.getDestinationIdentitiesList()).containsExactly("ben");
        assertThat(reply.getData().toString(StandardCharsets.UTF_8)).contains("\"type\":\"reply\"");
        assertThat(sent.stream().filter(p -> "navigation".equals(p.getTopic())).findFirst().orElseThrow()
                .getData().toString(StandardCharsets.UTF_8)).contains("\"target\":\"leads\"");
        tap.sendClose(WebSocket.NORMAL_CLOSURE, "unpublished").join();
    }

    /** A sixth of a second of a tone at 48 kHz, loud enough to be speech for the stand-in. */
    private static byte[] tone() {
        ByteBuffer pcm = ByteBuffer.allocate(16_000).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 8000; i++) {
            pcm.putShort((short) (3000 * Math.sin(2 * Math.PI * 440 * i / 48_000.0)));
        }
        return pcm.array();
    }
}
