package com.voicedesk.bootstrap.rooms;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.FakeLiveKit;
import com.voicedesk.bootstrap.support.LiveKitTenant;
import com.voicedesk.bootstrap.support.Tenants;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.TenantRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import livekit.LivekitModels;
import livekit.LivekitWebhook;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * POST /webhooks/livekit with events serialised and signed as LiveKit does (the SDK's AccessToken carrying the
 * body's sha256): verified ones are applied once, forged ones change nothing, concurrency leaves consistent state.
 */
@QuarkusTest
class LiveKitWebhookTest {

    private static final long T0 = 1_780_000_000L; // seconds; LiveKit stamps events with Unix seconds
    private static final FakeLiveKit livekit = FakeLiveKit.shared();

    /** LiveKit's event ids are unique; so are this test's, per test. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    TenantRepository tenants;
    @Inject
    CallRepository calls;

    static LivekitWebhook.WebhookEvent participant(String type, String id, String room, String identity, String role,
                                                   long eventSecond, long joinedAtMs) {
        LivekitModels.ParticipantInfo.Builder participant = LivekitModels.ParticipantInfo.newBuilder()
                .setIdentity(identity).setSid("PA_" + identity).setJoinedAtMs(joinedAtMs).setJoinedAt(joinedAtMs / 1000);
        if (role != null) {
            participant.putAttributes("voicedesk.role", role);
        }
        return LivekitWebhook.WebhookEvent.newBuilder().setEvent(type).setId(id).setCreatedAt(eventSecond)
                .setRoom(LivekitModels.Room.newBuilder().setName(room).setSid("RM_x"))
                .setParticipant(participant).build();
    }

    static LivekitWebhook.WebhookEvent room(String type, String id, String room, long eventSecond) {
        return LivekitWebhook.WebhookEvent.newBuilder().setEvent(type).setId(id).setCreatedAt(eventSecond)
                .setRoom(LivekitModels.Room.newBuilder().setName(room).setSid("RM_x")).build();
    }

    private static Set<String> presence(LiveKitTenant tenant) {
        List<Map<String, Object>> entries = tenant.tenant().request().get("/api/presence").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Set<String> found = new HashSet<>();
        for (Map<String, Object> entry : entries) {
            found.add(entry.get("identity") + "@" + entry.get("room"));
        }
        return found;
    }

    private Call callInRoom(LiveKitTenant tenant) {
        TenantId id = Tenants.idOf(tenants, tenant.slug());
        Call call = Call.outbound(id, null, CallPurpose.FOLLOW_UP, "+15550100000", "+15550102000", Instant.ofEpochSecond(T0 - 60));
        Call inRoom = call.withRoomName(tenant.room("call-" + call.id()));
        Tenants.await(() -> calls.insert(inRoom));
        return inRoom;
    }

    private Call reload(Call call) {
        return Tenants.await(() -> calls.findById(call.tenantId(), call.id())).orElseThrow();
    }

    private long markedEvents(TenantId tenant) {
        return Tenants.await(() -> Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select count(*) from processed_webhook_events where tenant_id = :t", Long.class)
                .setParameter("t", tenant.value()).getSingleResult())));
    }

    @Test
    void aSignedJoinAndLeaveMaintainPresence() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        String room = tenant.room("assistant-ben");
        tenant.deliver(participant("participant_joined", run + "-EV_j1", room, "ben", "admin", T0, T0 * 1000 + 250))
                .then().statusCode(200).body("outcome", equalTo("APPLIED"));

        tenant.tenant().request().get("/api/presence").then().statusCode(200)
                .body("[0].identity", equalTo("ben")).body("[0].room", equalTo(room))
                .body("[0].roomType", equalTo("admin-assistant")).body("[0].role", equalTo("admin"))
                .body("[0].joinedAt", equalTo("2026-05-28T20:26:40.250Z"));
        assertThat(tenant.tenant().request().queryParam("identity", "sarah").get("/api/presence")
                .then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();

        // LiveKit stamps the leave with the whole second, which is before the join's milliseconds: still a leave.
        tenant.deliver(participant("participant_left", run + "-EV_l1", room, "ben", "admin", T0, T0 * 1000 + 250))
                .then().statusCode(200);
        assertThat(presence(tenant)).isEmpty();
    }

    @Test
    void forgedExpiredWrongSecretAndTamperedDeliveriesAreRefusedAndChangeNothing() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        TenantId id = Tenants.idOf(tenants, tenant.slug());
        String room = tenant.room("assistant-ben");
        String body = LiveKitTenant.json(participant("participant_joined", run + "-EV_f1", room, "ben", "admin", T0, T0 * 1000));
        String other = LiveKitTenant.json(participant("participant_joined", run + "-EV_f1", room, "eve", "admin", T0, T0 * 1000));

        List<String> refused = List.of(
                LiveKitTenant.sign(body, tenant.apiKey(), "not-the-secret", null),                          // wrong secret
                LiveKitTenant.sign(body, tenant.apiKey(), tenant.apiSecret(), Date.from(Instant.now().minusSeconds(60))), // expired
                tenant.sign(other),                                                                         // body tampered
                LiveKitTenant.sign(body, "APIunknown" + UUID.randomUUID(), tenant.apiSecret(), null),       // unknown key
                "not-a-jwt",
                tenant.sign(body).substring(0, tenant.sign(body).lastIndexOf('.')) + ".Zm9yZ2Vk");          // forged signature
        for (String authorization : refused) {
            Api.assertProblem(LiveKitTenant.deliver(body, authorization).then(), 401, "unauthorized");
        }
        Api.assertProblem(LiveKitTenant.deliver(body, null).then(), 401, "unauthorized");

        assertThat(presence(tenant)).isEmpty();
        assertThat(markedEvents(id)).isZero();
        // The event id was not consumed by the refused attempts: the genuine delivery is applied.
        LiveKitTenant.deliver(body, tenant.sign(body)).then().statusCode(200).body("outcome", equalTo("APPLIED"));
        assertThat(presence(tenant)).containsExactly("ben@" + room);
    }

    @Test
    void aJoinDeliveredAfterItsRoomFinishedIsIgnoredButTheNextSessionCounts() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        String room = tenant.room("assistant-ben");
        tenant.deliver(room("room_finished", run + "-EV_z1", room, T0 + 60)).then().statusCode(200);
        // LiveKit retried this join for a while: it happened before the room finished.
        tenant.deliver(participant("participant_joined", run + "-EV_z2", room, "ben", "admin", T0, T0 * 1000))
                .then().statusCode(200).body("outcome", equalTo("APPLIED"));
        assertThat(presence(tenant)).isEmpty();
        // The room's name is used again later: that join is real.
        tenant.deliver(participant("participant_joined", run + "-EV_z3", room, "ben", "admin", T0 + 600, (T0 + 600) * 1000))
                .then().statusCode(200);
        assertThat(presence(tenant)).containsExactly("ben@" + room);
    }

    @Test
    void aReplayedEventIdIsANoOp() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        String room = tenant.room("collaboration-team");
        LivekitWebhook.WebhookEvent join = participant("participant_joined", run + "-EV_r1", room, "ben", "admin", T0, T0 * 1000);
        tenant.deliver(join).then().statusCode(200).body("outcome", equalTo("APPLIED"));
        tenant.deliver(participant("participant_left", run + "-EV_r2", room, "ben", "admin", T0 + 5, T0 * 1000)).then().statusCode(200);
        tenant.deliver(join).then().statusCode(200).body("outcome", equalTo("DUPLICATE"));
        assertThat(presence(tenant)).isEmpty();
    }

    @Test
    void eventsAboutAnotherTenantsRoomAreIgnored() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        tenant.deliver(participant("participant_joined", run + "-EV_o1", "someone-else.assistant-eve", "eve", "admin", T0, T0 * 1000))
                .then().statusCode(200).body("outcome", equalTo("IGNORED"));
        tenant.deliver(participant("participant_joined", run + "-EV_o2", "lobby", "eve", null, T0, T0 * 1000))
                .then().statusCode(200).body("outcome", equalTo("IGNORED"));
        tenant.deliver(room("ingress_started", run + "-EV_o3", tenant.room("assistant-ben"), T0))
                .then().statusCode(200).body("outcome", equalTo("IGNORED"));
        assertThat(presence(tenant)).isEmpty();
    }

    @Test
    void roomStartAndFinishMoveTheCallAndCloseItsPresence() {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        Call call = callInRoom(tenant);
        tenant.deliver(room("room_started", run + "-EV_c1", call.roomName(), T0)).then().statusCode(200);
        tenant.deliver(participant("participant_joined", run + "-EV_c2", call.roomName(), "ben", "admin", T0 + 1, (T0 + 1) * 1000 + 500))
                .then().statusCode(200);
        assertThat(reload(call).status()).isEqualTo(CallStatus.IN_PROGRESS);
        assertThat(reload(call).answeredAt()).isEqualTo(Instant.ofEpochSecond(T0));

        tenant.deliver(room("room_finished", run + "-EV_c3", call.roomName(), T0 + 125)).then().statusCode(200);
        Call ended = reload(call);
        assertThat(ended.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(ended.endedAt()).isEqualTo(Instant.ofEpochSecond(T0 + 125).plusMillis(999));
        assertThat(ended.talkTime().toSeconds()).isEqualTo(125);
        assertThat(presence(tenant)).isEmpty();

        // Out of order and repeated: a late start (new id) is harmless, the state stays.
        tenant.deliver(room("room_started", run + "-EV_c4", call.roomName(), T0 - 10)).then().statusCode(200)
                .body("outcome", equalTo("APPLIED"));
        assertThat(reload(call)).isEqualTo(ended);
    }

    @Test
    void fiftyConcurrentMixedDeliveriesLeaveConsistentPresenceAndCallState() throws Exception {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        Call call = callInRoom(tenant);
        String collab = tenant.room("collaboration-team");
        List<LivekitWebhook.WebhookEvent> events = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        events.add(room("room_started", run + "-EV_s", call.roomName(), T0));
        events.add(room("room_finished", run + "-EV_f", call.roomName(), T0 + 300));
        for (int i = 1; i <= 8; i++) { // eight admins join the team room; the even ones leave again
            String admin = "admin-" + i;
            long joined = (T0 + i) * 1000 + 100L * i;
            events.add(participant("participant_joined", run + "-EV_j" + i, collab, admin, "admin", T0 + i, joined));
            if (i % 2 == 0) {
                events.add(participant(i == 4 ? "participant_connection_aborted" : "participant_left", run + "-EV_l" + i,
                        collab, admin, "admin", T0 + i + 20, joined));
            } else {
                expected.add(admin + "@" + collab);
            }
        }
        for (int i = 1; i <= 6; i++) { // six people in the call room, all gone when it finishes
            String who = i == 1 ? "bot" : "ben-" + i;
            events.add(participant("participant_joined", run + "-EV_cj" + i, call.roomName(), who, i == 1 ? "bot" : "admin",
                    T0 + 10 + i, (T0 + 10 + i) * 1000));
        }
        for (int i = 1; i <= 4; i++) { // admins in their own assistant rooms
            String room = tenant.room("assistant-a" + i);
            events.add(participant("participant_joined", run + "-EV_aj" + i, room, "a" + i, "admin", T0 + i, (T0 + i) * 1000));
            expected.add("a" + i + "@" + room);
        }
        List<LivekitWebhook.WebhookEvent> deliveries = new ArrayList<>(events);
        Random random = new Random(42);
        while (deliveries.size() < 50) { // LiveKit redelivers: duplicates of random events
            deliveries.add(events.get(random.nextInt(events.size())));
        }
        Collections.shuffle(deliveries, random);
        assertThat(deliveries).hasSize(50);

        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/webhooks/livekit");
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (LivekitWebhook.WebhookEvent event : deliveries) {
                String body = LiveKitTenant.json(event);
                String authorization = tenant.sign(body);
                statuses.add(pool.submit(() -> http.send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/webhook+json").header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        }

        assertThat(presence(tenant)).containsExactlyInAnyOrderElementsOf(expected);
        Call ended = reload(call);
        assertThat(ended.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(ended.endedAt()).isEqualTo(Instant.ofEpochSecond(T0 + 300).plusMillis(999));
        // The start may be processed before or after the end; either way nothing is corrupted.
        assertThat(ended.answeredAt()).isIn(null, Instant.ofEpochSecond(T0));
        assertThat(markedEvents(ended.tenantId())).isEqualTo(events.size());
        long completions = Tenants.await(() -> Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select count(*) from outbox_events where type = 'CallCompleted' and tenant_id = :t",
                        Long.class).setParameter("t", ended.tenantId().value()).getSingleResult())));
        assertThat(completions).isEqualTo(1);
    }
}
