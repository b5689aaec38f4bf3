package com.voicedesk.bootstrap.rooms;

import com.auth0.jwt.interfaces.DecodedJWT;
import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.FakeLiveKit;
import com.voicedesk.bootstrap.support.LiveKitTenant;
import com.voicedesk.bootstrap.support.Tenants;
import com.voicedesk.domain.room.DataMessage;
import com.voicedesk.domain.room.RecordingSettings;
import com.voicedesk.domain.room.RoomEgress;
import com.voicedesk.domain.room.RoomInfo;
import com.voicedesk.domain.room.RoomParticipant;
import com.voicedesk.domain.room.RoomRecorder;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.room.RoomSpec;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.TenantRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import livekit.LivekitEgress;
import livekit.LivekitModels;
import livekit.LivekitRoom;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The RoomService and RoomRecorder adapters against a local server speaking LiveKit's Twirp protocol: path, body
 * and signed grant of every request, retries of 5xx, no retry of 4xx, and a timeout that trips the breaker.
 * (Test profile: 2 s timeout, 2 retries, breaker opens at 4 calls with half failing.)
 */
@QuarkusTest
class LiveKitRoomServiceTest {

    private static final FakeLiveKit livekit = FakeLiveKit.shared();

    @Inject
    RoomService rooms;
    @Inject
    RoomRecorder recorder;
    @Inject
    TenantRepository tenants;

    private record Setup(LiveKitTenant tenant, TenantId id) {
    }

    private Setup tenant() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        return new Setup(tenant, Tenants.idOf(tenants, tenant.slug()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> videoGrant(FakeLiveKit.Request request, LiveKitTenant tenant) {
        DecodedJWT jwt = request.verifiedToken(tenant.apiKey(), tenant.apiSecret());
        return jwt.getClaim("video").asMap();
    }

    @Test
    void createsARoomWithItsTimeoutLimitAndMetadata() {
        Setup s = tenant();
        String name = s.tenant().room("collaboration-team");
        RoomInfo room = Tenants.await(() -> rooms.createRoom(s.id(),
                new RoomSpec(name, Duration.ofMinutes(5), 8, "{\"type\":\"collaboration\"}")));

        assertThat(room.name()).isEqualTo(name);
        assertThat(room.metadataJson()).isEqualTo("{\"type\":\"collaboration\"}");
        FakeLiveKit.Request request = livekit.requests(s.tenant().apiKey()).getFirst();
        assertThat(request.path()).isEqualTo("/twirp/livekit.RoomService/CreateRoom");
        LivekitRoom.CreateRoomRequest body = request.parse(LivekitRoom.CreateRoomRequest.parser());
        assertThat(body.getName()).isEqualTo(name);
        assertThat(body.getEmptyTimeout()).isEqualTo(300);
        assertThat(body.getMaxParticipants()).isEqualTo(8);
        assertThat(body.getMetadata()).isEqualTo("{\"type\":\"collaboration\"}");
        assertThat(videoGrant(request, s.tenant())).containsEntry("roomCreate", true);
    }

    @Test
    void deletesListsUpdatesAndSendsDataWithRoomAdminGrants() {
        Setup s = tenant();
        String name = s.tenant().room("assistant-ben");
        Tenants.await(() -> rooms.updateMetadata(s.id(), name, "{\"busy\":true}"));
        List<RoomParticipant> participants = Tenants.await(() -> rooms.listParticipants(s.id(), name));
        Tenants.await(() -> rooms.sendData(s.id(), name, new DataMessage("notifications",
                "{\"title\":\"New lead\"}".getBytes(StandardCharsets.UTF_8), List.of("ben"))));
        Tenants.await(() -> rooms.deleteRoom(s.id(), name));

        assertThat(participants).singleElement().satisfies(p -> {
            assertThat(p.identity()).isEqualTo("ben");
            assertThat(p.publishing()).isTrue();
        });
        List<FakeLiveKit.Request> sent = livekit.requests(s.tenant().apiKey());
        assertThat(sent).extracting(FakeLiveKit.Request::method)
                .containsExactly("UpdateRoomMetadata", "ListParticipants", "SendData", "DeleteRoom");
        for (FakeLiveKit.Request request : sent.subList(0, 3)) {
            assertThat(videoGrant(request, s.tenant())).containsEntry("roomAdmin", true).containsEntry("room", name);
        }
        assertThat(videoGrant(sent.get(3), s.tenant())).containsEntry("roomCreate", true);

        assertThat(sent.get(0).parse(LivekitRoom.UpdateRoomMetadataRequest.parser()).getMetadata()).isEqualTo("{\"busy\":true}");
        LivekitRoom.SendDataRequest data = sent.get(2).parse(LivekitRoom.SendDataRequest.parser());
        assertThat(data.getRoom()).isEqualTo(name);
        assertThat(data.getTopic()).isEqualTo("notifications");
        assertThat(data.getKind()).isEqualTo(LivekitModels.DataPacket.Kind.RELIABLE);
        assertThat(data.getDestinationIdentitiesList()).containsExactly("ben");
        assertThat(data.getData().toStringUtf8()).isEqualTo("{\"title\":\"New lead\"}");
        assertThat(sent.get(3).parse(LivekitRoom.DeleteRoomRequest.parser()).getRoom()).isEqualTo(name);
    }

    @Test
    void aServerErrorIsRetriedWithTheSameRequest() {
        Setup s = tenant();
        livekit.failNext(s.tenant().apiKey(), "SendData", 503, 1);
        String name = s.tenant().room("assistant-ben");
        Tenants.await(() -> rooms.sendData(s.id(), name, new DataMessage("t", new byte[]{1}, List.of())));

        List<FakeLiveKit.Request> attempts = livekit.requests(s.tenant().apiKey(), "SendData");
        assertThat(attempts).hasSize(2);
        // The retry is the same request, byte for byte (a clone of the first).
        assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());
    }

    @Test
    void aRefusalIsNotRetriedAndSurfacesAsADomainError() {
        Setup s = tenant();
        livekit.failNext(s.tenant().apiKey(), "DeleteRoom", 404, 1);
        assertThatThrownBy(() -> Tenants.await(() -> rooms.deleteRoom(s.id(), s.tenant().room("call-x"))))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining("scripted failure");
        assertThat(livekit.requests(s.tenant().apiKey(), "DeleteRoom")).hasSize(1);
    }

    @Test
    void timeoutsAreRetriedThenTripTheBreaker() {
        Setup s = tenant();
        livekit.delayNext(s.tenant().apiKey(), "ListParticipants", 2_500, 10);
        String name = s.tenant().room("assistant-ben");

        assertThatThrownBy(() -> Tenants.await(() -> rooms.listParticipants(s.id(), name)))
                .isInstanceOf(ProviderUnavailableException.class).hasMessageContaining("did not answer in time");
        assertThat(livekit.requests(s.tenant().apiKey(), "ListParticipants")).hasSize(3); // 1 + 2 retries

        // The fourth failed attempt opens the circuit: the rest of this call fails without reaching LiveKit.
        assertThatThrownBy(() -> Tenants.await(() -> rooms.listParticipants(s.id(), name)))
                .isInstanceOf(ProviderUnavailableException.class).hasMessageContaining("circuit open");
        assertThat(livekit.requests(s.tenant().apiKey(), "ListParticipants")).hasSize(4);

        long started = System.nanoTime();
        assertThatThrownBy(() -> Tenants.await(() -> rooms.updateMetadata(s.id(), name, "{}")))
                .isInstanceOf(ProviderUnavailableException.class).hasMessageContaining("circuit open");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(livekit.requests(s.tenant().apiKey())).hasSize(4);

        // Another tenant's circuit is its own.
        Setup other = tenant();
        Tenants.await(() -> rooms.updateMetadata(other.id(), other.tenant().room("assistant-ben"), "{}"));
    }

    @Test
    void startsARoomRecordingToTheTenantsFileOutput() {
        Setup s = tenant();
        String name = s.tenant().room("consultation-x");
        RoomEgress egress = Tenants.await(() -> recorder.startRecording(s.id(), name,
                new RecordingSettings(RecordingSettings.FileType.OGG, "recordings/{room_name}-{time}.ogg", true)));

        assertThat(egress.egressId()).startsWith("EG_rec");
        assertThat(egress.roomName()).isEqualTo(name);
        FakeLiveKit.Request request = livekit.requests(s.tenant().apiKey()).getFirst();
        assertThat(request.path()).isEqualTo("/twirp/livekit.Egress/StartRoomCompositeEgress");
        LivekitEgress.RoomCompositeEgressRequest body = request.parse(LivekitEgress.RoomCompositeEgressRequest.parser());
        assertThat(body.getRoomName()).isEqualTo(name);
        assertThat(body.getAudioOnly()).isTrue();
        assertThat(body.getFileOutputs(0).getFilepath()).isEqualTo("recordings/{room_name}-{time}.ogg");
        assertThat(body.getFileOutputs(0).getFileType()).isEqualTo(LivekitEgress.EncodedFileType.OGG);
        assertThat(videoGrant(request, s.tenant())).containsEntry("roomRecord", true);

        Tenants.await(() -> recorder.stopRecording(s.id(), egress.egressId()));
        assertThat(livekit.requests(s.tenant().apiKey(), "StopEgress")).singleElement().satisfies(stop ->
                assertThat(stop.parse(LivekitEgress.StopEgressRequest.parser()).getEgressId()).isEqualTo(egress.egressId()));
    }

    @Test
    void aTenantWithoutLiveKitSettingsIsToldSo() {
        TenantId id = Tenants.idOf(tenants, Api.newTenant().slug());
        assertThatThrownBy(() -> Tenants.await(() -> rooms.deleteRoom(id, "x")))
                .isInstanceOf(CapabilityNotConfiguredException.class).hasMessageContaining("no LiveKit settings");
    }
}
