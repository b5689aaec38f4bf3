package com.voicedesk.bootstrap.rooms;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.FakeLiveKit;
import com.voicedesk.bootstrap.support.LiveKitTenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import livekit.LivekitEgress;
import livekit.LivekitRoom;
import livekit.LivekitWebhook;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** POST/GET /api/consultations, the client join link, and recording state from LiveKit's egress webhooks. */
@QuarkusTest
class ConsultationApiTest {

    /** A moment after the fake LiveKit's own reports of the starts: webhooks come later. */
    private static final long T0 = java.time.Instant.now().getEpochSecond() + 60;
    private final String run = java.util.UUID.randomUUID().toString().substring(0, 8);
    private static final FakeLiveKit livekit = FakeLiveKit.shared();

    private static JsonPath open(LiveKitTenant tenant, String contact, boolean record) {
        return tenant.tenant().request().body(Map.of("contactId", contact, "adminIdentity", "ben",
                        "adminName", "Ben", "title", "Wedding music", "record", record))
                .post("/api/consultations").then().statusCode(201).extract().jsonPath();
    }

    private static String tokenOf(String link) {
        return URI.create(link).getQuery().substring("token=".length());
    }

    @Test
    void opensARoomHandsOutTheAdminTokenAndAClientLinkThatBecomesAClientToken() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        String contact = Api.createContact(tenant.tenant(), Map.of("name", "Sarah Johnson"));
        JsonPath created = open(tenant, contact, false);

        String id = created.getString("consultation.id");
        String room = tenant.room("consultation-" + id);
        assertThat(created.getString("consultation.room")).isEqualTo(room);
        assertThat(created.getString("consultation.status")).isEqualTo("OPEN");
        assertThat(created.getString("consultation.contactId")).isEqualTo(contact);
        assertThat(created.getList("consultation.recordings")).isEmpty();
        assertThat(created.getString("recordingProblem")).isNull();

        LivekitRoom.CreateRoomRequest createRoom = livekit.requests(tenant.apiKey(), "CreateRoom").getFirst()
                .parse(LivekitRoom.CreateRoomRequest.parser());
        assertThat(createRoom.getName()).isEqualTo(room);
        assertThat(createRoom.getEmptyTimeout()).isEqualTo(600);
        assertThat(createRoom.getMaxParticipants()).isEqualTo(6);
        assertThat(createRoom.getMetadata()).contains("\"consultationId\":\"" + id + "\"").contains(contact);

        DecodedJWT admin = JWT.require(Algorithm.HMAC256(tenant.apiSecret())).build()
                .verify(created.getString("adminToken.token"));
        assertThat(admin.getSubject()).isEqualTo("ben");
        assertThat(admin.getClaim("video").asMap()).containsEntry("room", room).containsEntry("canPublishData", true);

        String link = created.getString("clientJoin.url");
        assertThat(link).startsWith("http://localhost:8080/rooms/join?token=");
        assertThat(Instant.parse(created.getString("clientJoin.expiresAt"))).isAfter(Instant.now().plusSeconds(7000));
        JsonPath joined = RestAssured.given().contentType("application/json").body(Map.of("token", tokenOf(link)))
                .post("/rooms/join").then().statusCode(200).extract().jsonPath();
        assertThat(joined.getString("name")).isEqualTo("Sarah Johnson");
        assertThat(joined.getString("room")).isEqualTo(room);
        DecodedJWT client = JWT.require(Algorithm.HMAC256(tenant.apiSecret())).build().verify(joined.getString("token"));
        assertThat(client.getSubject()).isEqualTo("client-" + contact);
        assertThat(client.getClaim("name").asString()).isEqualTo("Sarah Johnson");
        assertThat(client.getClaim("video").asMap()).containsEntry("room", room).containsEntry("canPublishData", false);
        // The link is the page's own address too: opening it directly answers the same.
        RestAssured.given().queryParam("token", tokenOf(link)).get("/rooms/join").then().statusCode(200)
                .body("identity", equalTo("client-" + contact));

        tenant.tenant().request().get("/api/consultations").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id)).body("items[0].title", equalTo("Wedding music"));
        tenant.tenant().request().get("/api/consultations/" + id).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("transcript", hasSize(0)).body("durationSeconds", nullValue());
    }

    @Test
    void alteredOrForeignLinksAndEndedConsultationsAreRefused() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        String contact = Api.createContact(tenant.tenant(), Map.of("name", "Sarah Johnson"));
        JsonPath created = open(tenant, contact, false);
        String token = tokenOf(created.getString("clientJoin.url"));
        String room = created.getString("consultation.room");

        String altered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        for (String bad : new String[]{altered, "garbage", token.replace('.', '_')}) {
            Api.assertProblem(RestAssured.given().contentType("application/json").body(Map.of("token", bad))
                    .post("/rooms/join").then(), 403, "forbidden");
        }
        // The room finished: the consultation ended, with its duration, and the link no longer opens it.
        tenant.deliver(roomEvent("room_started", run + "-EV_1", room, T0)).then().statusCode(200);
        tenant.deliver(roomEvent("room_finished", run + "-EV_2", room, T0 + 1800)).then().statusCode(200);
        tenant.tenant().request().get("/api/consultations/" + created.getString("consultation.id")).then()
                .statusCode(200).body("status", equalTo("ENDED")).body("durationSeconds", equalTo(1800));
        Api.assertProblem(RestAssured.given().contentType("application/json").body(Map.of("token", token))
                .post("/rooms/join").then(), 403, "forbidden");

        LiveKitTenant other = LiveKitTenant.create(livekit);
        Api.assertProblem(other.tenant().request().get("/api/consultations/" + created.getString("consultation.id")).then(),
                404, "not-found");
        Api.assertProblem(other.tenant().request().body(Map.of("contactId", contact, "adminIdentity", "eve"))
                .post("/api/consultations").then(), 404, "not-found");
    }

    @Test
    void recordsToTheTenantsOutputAndFollowsTheEgressToItsFile() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        String contact = Api.createContact(tenant.tenant(), Map.of("name", "Sarah Johnson"));
        Api.operator().body(Map.of("fileType", "MP4", "filepath", "recordings/{room_name}-{time}.mp4", "audioOnly", false))
                .put("/admin/tenants/" + tenant.slug() + "/recording").then().statusCode(200)
                .body("filepath", equalTo("recordings/{room_name}-{time}.mp4"));
        JsonPath created = open(tenant, contact, true);
        String id = created.getString("consultation.id");
        String room = created.getString("consultation.room");

        FakeLiveKit.Request start = livekit.requests(tenant.apiKey(), "StartRoomCompositeEgress").getFirst();
        LivekitEgress.RoomCompositeEgressRequest request = start.parse(LivekitEgress.RoomCompositeEgressRequest.parser());
        assertThat(request.getRoomName()).isEqualTo(room);
        assertThat(request.getFileOutputs(0).getFilepath()).isEqualTo("recordings/{room_name}-{time}.mp4");
        assertThat(request.getFileOutputs(0).getFileType()).isEqualTo(LivekitEgress.EncodedFileType.MP4);
        assertThat(start.verifiedToken(tenant.apiKey(), tenant.apiSecret()).getClaim("video").asMap())
                .containsEntry("roomRecord", true);
        String egressId = created.getString("consultation.recordings[0].egressId");
        assertThat(created.getString("consultation.recordings[0].status")).isEqualTo("STARTING");

        long ns = 1_000_000_000L;
        tenant.deliver(egress("egress_ended", run + "-EV_e3", egressId, room, LivekitEgress.EgressStatus.EGRESS_COMPLETE,
                (T0 + 600) * ns, "s3://recordings/" + room + ".mp4")).then().statusCode(200);
        // Late and repeated reports after the end change nothing.
        tenant.deliver(egress("egress_updated", run + "-EV_e2", egressId, room, LivekitEgress.EgressStatus.EGRESS_ACTIVE,
                (T0 + 5) * ns, null)).then().statusCode(200);
        tenant.deliver(egress("egress_started", run + "-EV_e1", egressId, room, LivekitEgress.EgressStatus.EGRESS_STARTING,
                (T0 + 1) * ns, null)).then().statusCode(200);

        tenant.tenant().request().get("/api/consultations/" + id).then().statusCode(200)
                .body("recordingRequested", equalTo(true))
                .body("recordings", hasSize(1))
                .body("recordings[0].status", equalTo("COMPLETE"))
                .body("recordings[0].fileLocation", equalTo("s3://recordings/" + room + ".mp4"))
                .body("recordings[0].endedAt", equalTo(Instant.ofEpochSecond(T0 + 600).toString()));
    }

    @Test
    void recordingNeedsAnOutputAndAFailedStartIsReportedNotFatal() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        String contact = Api.createContact(tenant.tenant(), Map.of("name", "Sarah Johnson"));
        Api.assertProblem(tenant.tenant().request().body(Map.of("contactId", contact, "adminIdentity", "ben", "record", true))
                .post("/api/consultations").then(), 409, "capability-not-configured");
        assertThat(livekit.requests(tenant.apiKey(), "CreateRoom")).isEmpty();
        Api.assertProblem(Api.operator().get("/admin/tenants/" + tenant.slug() + "/recording").then(), 404, "not-found");

        Api.operator().body(Map.of("fileType", "OGG", "filepath", "r/{room_name}.ogg", "audioOnly", true))
                .put("/admin/tenants/" + tenant.slug() + "/recording").then().statusCode(200);
        livekit.failNext(tenant.apiKey(), "StartRoomCompositeEgress", 400, 1);
        JsonPath created = open(tenant, contact, true);
        assertThat(created.getString("recordingProblem")).contains("did not start").contains("HTTP 400");
        assertThat(created.getList("consultation.recordings")).isEmpty();
    }

    @Test
    void aTenantWithoutLiveKitIsToldSo() {
        Api.TestTenant plain = Api.newTenant();
        String contact = Api.createContact(plain, Map.of("name", "Sarah Johnson"));
        Api.assertProblem(plain.request().body(Map.of("contactId", contact, "adminIdentity", "ben"))
                .post("/api/consultations").then(), 409, "capability-not-configured");
    }

    static LivekitWebhook.WebhookEvent roomEvent(String type, String id, String room, long second) {
        return LiveKitWebhookTest.room(type, id, room, second);
    }

    static LivekitWebhook.WebhookEvent egress(String type, String id, String egressId, String room,
                                              LivekitEgress.EgressStatus status, long updatedNanos, String location) {
        LivekitEgress.EgressInfo.Builder info = LivekitEgress.EgressInfo.newBuilder().setEgressId(egressId)
                .setRoomName(room).setStatus(status).setUpdatedAt(updatedNanos)
                .setStartedAt(T0 * 1_000_000_000L)
                .setRoomComposite(LivekitEgress.RoomCompositeEgressRequest.newBuilder().setRoomName(room));
        if (location != null) {
            info.setEndedAt(updatedNanos).addFileResults(LivekitEgress.FileInfo.newBuilder()
                    .setFilename(room + ".mp4").setLocation(location));
        }
        return LivekitWebhook.WebhookEvent.newBuilder().setEvent(type).setId(id).setCreatedAt(updatedNanos / 1_000_000_000L)
                .setEgressInfo(info).build();
    }
}
