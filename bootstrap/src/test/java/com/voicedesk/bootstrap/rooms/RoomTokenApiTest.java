package com.voicedesk.bootstrap.rooms;

import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.FakeLiveKit;
import com.voicedesk.bootstrap.support.LiveKitTenant;
import com.voicedesk.bootstrap.support.Tenants;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.RoomAccessPolicy;
import com.voicedesk.domain.room.RoomGrants;
import com.voicedesk.domain.room.RoomType;
import com.voicedesk.domain.room.TrackSource;
import com.voicedesk.domain.tenant.TenantRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * POST /api/rooms/token for every room type x role: tokens are verified with LiveKit's JWT library and the
 * tenant's secret, and checked claim by claim against the policy table (which RoomAccessPolicyTest pins down);
 * refused combinations, foreign rooms and a tenant without LiveKit get problem+json.
 */
@QuarkusTest
class RoomTokenApiTest {

    private static final FakeLiveKit livekit = FakeLiveKit.shared();
    private final RoomAccessPolicy policy = new RoomAccessPolicy();

    @Inject
    TenantRepository tenants;
    @Inject
    CallRepository calls;

    private String newCall(LiveKitTenant tenant) {
        var id = Tenants.idOf(tenants, tenant.slug());
        Call call = Call.outbound(id, null, CallPurpose.FOLLOW_UP, "+15550100000", "+15550102000", Instant.now());
        Tenants.await(() -> calls.insert(call));
        return call.id().toString();
    }

    private String newConsultation(LiveKitTenant tenant) {
        String contact = Api.createContact(tenant.tenant(), Map.of("name", "Sarah Johnson"));
        return tenant.tenant().request().body(Map.of("contactId", contact, "adminIdentity", "ben"))
                .post("/api/consultations").then().statusCode(201).extract().path("consultation.id");
    }

    private static Map<String, Object> tokenRequest(RoomType type, ParticipantRole role, String room) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type.wireName());
        body.put("role", role.wireName());
        body.put("identity", role == ParticipantRole.CLIENT ? "client-7" : "ben");
        body.put("name", role == ParticipantRole.CLIENT ? "Sarah Johnson" : "Ben");
        body.put("room", room);
        return body;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTypeAndRoleGetsExactlyThePolicysGrants() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        String callId = newCall(tenant);
        String consultationId = newConsultation(tenant);
        Map<RoomType, String> roomParam = Map.of(RoomType.CALL, callId, RoomType.CONSULTATION, consultationId,
                RoomType.COLLABORATION, "planning");
        Map<RoomType, String> expectedRoom = Map.of(
                RoomType.ADMIN_ASSISTANT, tenant.room("assistant-ben"),
                RoomType.CALL, tenant.room("call-" + callId),
                RoomType.CONSULTATION, tenant.room("consultation-" + consultationId),
                RoomType.COLLABORATION, tenant.room("collaboration-planning"));
        int checked = 0;

        for (RoomType type : RoomType.values()) {
            for (ParticipantRole role : ParticipantRole.values()) {
                Map<String, Object> body = tokenRequest(type, role, roomParam.get(type));
                Optional<RoomGrants> expected = policy.grants(type, role);
                var response = tenant.tenant().request().body(body).post("/api/rooms/token").then();
                if (expected.isEmpty()) {
                    Api.assertProblem(response, 403, "forbidden");
                    continue;
                }
                JsonPath answer = response.statusCode(200).extract().jsonPath();
                RoomGrants grants = expected.get();
                String as = type.wireName() + " x " + role.wireName();

                DecodedJWT jwt = JWT.require(Algorithm.HMAC256(tenant.apiSecret())).withIssuer(tenant.apiKey()).build()
                        .verify(answer.getString("token"));
                assertThat(jwt.getSubject()).as(as).isEqualTo(body.get("identity"));
                assertThat(jwt.getClaim("name").asString()).as(as).isEqualTo(body.get("name"));
                assertThat(Duration.between(Instant.now(), jwt.getExpiresAtAsInstant()).toSeconds()).as(as)
                        .isCloseTo(grants.ttl().toSeconds(), within(5L));
                assertThat(jwt.getExpiresAtAsInstant()).isEqualTo(Instant.parse(answer.getString("expiresAt")));
                assertThat(jwt.getClaim("attributes").asMap()).as(as)
                        .containsEntry("voicedesk.role", role.wireName())
                        .containsEntry("voicedesk.room-type", type.wireName());

                Map<String, Object> video = jwt.getClaim("video").asMap();
                assertThat(video.get("room")).as(as).isEqualTo(expectedRoom.get(type));
                assertThat(video.get("roomJoin")).as(as).isEqualTo(true);
                assertThat(video.get("roomCreate")).as(as).isEqualTo(grants.roomCreate());
                assertThat(video.get("canSubscribe")).as(as).isEqualTo(grants.canSubscribe());
                assertThat(video.get("canPublish")).as(as).isEqualTo(grants.canPublish());
                assertThat(video.get("canPublishData")).as(as).isEqualTo(grants.canPublishData());
                assertThat(video.get("hidden")).as(as).isEqualTo(grants.hidden());
                assertThat(video.get("canUpdateOwnMetadata")).as(as).isEqualTo(false);
                List<String> sources = (List<String>) video.get("canPublishSources");
                if (grants.canPublish()) {
                    assertThat(sources).as(as).containsExactlyInAnyOrderElementsOf(grants.publishSources().stream()
                            .map(source -> source.name().toLowerCase(Locale.ROOT)).toList());
                } else {
                    assertThat(sources).as(as).isNull();
                }
                assertThat(video).as(as).doesNotContainKeys("roomAdmin", "roomList", "roomRecord");

                assertThat(answer.getString("url")).isEqualTo(livekit.url());
                assertThat(answer.getString("room")).isEqualTo(expectedRoom.get(type));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(8);
    }

    @Test
    void literalSpotChecksOfTheTable() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        String assistant = tenant.tenant().request()
                .body(tokenRequest(RoomType.ADMIN_ASSISTANT, ParticipantRole.ADMIN, null))
                .post("/api/rooms/token").then().statusCode(200).extract().path("token");
        DecodedJWT jwt = JWT.decode(assistant);
        assertThat(jwt.getClaim("video").asMap()).containsEntry("canPublishSources", List.of("microphone"))
                .containsEntry("canPublishData", true).containsEntry("roomCreate", false);
        assertThat(Duration.between(Instant.now(), jwt.getExpiresAtAsInstant()).toMinutes()).isBetween(29L, 30L);

        String consultationId = newConsultation(tenant);
        String client = tenant.tenant().request()
                .body(tokenRequest(RoomType.CONSULTATION, ParticipantRole.CLIENT, consultationId))
                .post("/api/rooms/token").then().statusCode(200).extract().path("token");
        assertThat(JWT.decode(client).getClaim("video").asMap()).containsEntry("canPublishData", false)
                .containsEntry("canPublishSources", List.of("microphone", "camera"));
        assertThat(JWT.decode(client).getClaim("name").asString()).isEqualTo("Sarah Johnson");
        assertThat(TrackSource.values()).hasSize(4);
    }

    @Test
    void roomsTheCallerMayNotJoinAreRefused() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        LiveKitTenant other = LiveKitTenant.create(livekit);
        String othersCall = newCall(other);
        String othersConsultation = newConsultation(other);

        Map<String, Object> someoneElsesAssistant = tokenRequest(RoomType.ADMIN_ASSISTANT, ParticipantRole.ADMIN, "sarah");
        Api.assertProblem(tenant.tenant().request().body(someoneElsesAssistant).post("/api/rooms/token").then(),
                403, "forbidden");
        Api.assertProblem(tenant.tenant().request().body(tokenRequest(RoomType.CALL, ParticipantRole.ADMIN, othersCall))
                .post("/api/rooms/token").then(), 404, "not-found");
        Api.assertProblem(tenant.tenant().request()
                .body(tokenRequest(RoomType.CONSULTATION, ParticipantRole.CLIENT, othersConsultation))
                .post("/api/rooms/token").then(), 404, "not-found");

        Map<String, Object> unnamedClient = tokenRequest(RoomType.CONSULTATION, ParticipantRole.CLIENT, newConsultation(tenant));
        unnamedClient.remove("name");
        Api.assertProblem(tenant.tenant().request().body(unnamedClient).post("/api/rooms/token").then(),
                400, "validation-failed");
        Map<String, Object> noCall = tokenRequest(RoomType.CALL, ParticipantRole.ADMIN, null);
        Api.assertProblem(tenant.tenant().request().body(noCall).post("/api/rooms/token").then(), 400, "validation-failed");
        Map<String, Object> unknownType = tokenRequest(RoomType.CALL, ParticipantRole.ADMIN, null);
        unknownType.put("type", "party");
        Api.assertProblem(tenant.tenant().request().body(unknownType).post("/api/rooms/token").then(), 400, "validation-failed");
        Map<String, Object> badIdentity = tokenRequest(RoomType.COLLABORATION, ParticipantRole.ADMIN, null);
        badIdentity.put("identity", "ben/../eve");
        Api.assertProblem(tenant.tenant().request().body(badIdentity).post("/api/rooms/token").then(), 400, "validation-failed");
    }

    @Test
    void aTenantWithoutLiveKitIsToldWhatToConfigure() {
        Api.TestTenant plain = Api.newTenant();
        Api.assertProblem(plain.request().body(tokenRequest(RoomType.ADMIN_ASSISTANT, ParticipantRole.ADMIN, null))
                        .post("/api/rooms/token").then(), 409, "capability-not-configured")
                .body("detail", org.hamcrest.Matchers.containsString("credentials.livekit"));
    }

    @Test
    void tokensNeedATenantApiKey() {
        Api.assertProblem(io.restassured.RestAssured.given().contentType("application/json")
                .body(tokenRequest(RoomType.ADMIN_ASSISTANT, ParticipantRole.ADMIN, null))
                .post("/api/rooms/token").then(), 401, "unauthorized");
    }
}
