package com.voicedesk.bootstrap.notifications;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.SseClient;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.PresenceEntry;
import com.voicedesk.domain.room.PresenceRepository;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.voicedesk.bootstrap.notifications.NotificationFixtures.JSON;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.event;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.newLead;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.post;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Delivery over the LiveKit data channel, against a local server speaking LiveKit's Twirp protocol. */
@QuarkusTest
class NotificationDataChannelTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static LocalLiveKitRoomService livekit;

    @Inject
    PresenceRepository presence;

    @BeforeAll
    static void startLiveKit() {
        livekit = new LocalLiveKitRoomService();
    }

    @AfterAll
    static void stopLiveKit() {
        livekit.close();
    }

    @Test
    void anAdminInARoomGetsADataPacketOnTheNotificationsTopicAddressedToThem() throws Throwable {
        Api.TestTenant tenant = tenantWithLiveKit();
        TenantId id = tenantId(tenant);
        present(id, "alice", "assistant-alice", ParticipantRole.ADMIN);
        present(id, "bob", "collab-1", ParticipantRole.ADMIN);
        present(id, "carol", "collab-1", ParticipantRole.ADMIN);
        present(id, "client-sarah", "collab-1", ParticipantRole.CLIENT);

        String lead = post(tenant, newLead("New lead: Sarah"));
        List<LocalLiveKitRoomService.Received> packets = livekit.drain(Duration.ofSeconds(3));
        assertThat(packets).extracting(LocalLiveKitRoomService.Received::room)
                .containsExactlyInAnyOrder("assistant-alice", "collab-1");
        assertThat(packets).allSatisfy(p -> {
            assertThat(p.topic()).isEqualTo("notifications");
            assertThat(JSON.readTree(p.payload()).get("id").asText()).isEqualTo(lead);
            assertThat(p.claims()).contains("\"roomAdmin\":true").contains("\"room\":\"" + p.room() + "\"");
        });
        assertThat(packets.stream().filter(p -> p.room().equals("collab-1")).findFirst().orElseThrow().destinations())
                .containsExactlyInAnyOrder("bob", "carol"); // the client in the room is not an admin

        String forBob = post(tenant, event("CONTRACT_SIGNED", "Contract signed", "bob"));
        LocalLiveKitRoomService.Received packet = livekit.next(WAIT);
        assertThat(packet.room()).isEqualTo("collab-1");
        assertThat(packet.destinations()).containsExactly("bob");
        assertThat(JSON.readTree(packet.payload()).get("id").asText()).isEqualTo(forBob);
        assertThat(livekit.drain(Duration.ofSeconds(2))).isEmpty();

        tenant.request().get("/api/notifications?admin=bob").then()
                .body("items.find { it.id == '" + forBob + "' }.state", equalTo("DELIVERED_LIVE"));
    }

    @Test
    void aFailingRoomServiceLosesNothing() throws Throwable {
        Api.TestTenant tenant = tenantWithLiveKit();
        present(tenantId(tenant), "dave", "assistant-dave", ParticipantRole.ADMIN);
        livekit.failNext(3); // the first delivery (one call and two retries) fails

        try (SseClient dave = stream(tenant, "dave", null)) {
            String id = post(tenant, newLead("while LiveKit is down"));
            // the stream and the inbox have it at once
            assertThat(NotificationFixtures.data(dave.next(WAIT))).containsEntry("id", id);
            tenant.request().get("/api/notifications?admin=dave").then().body("items[0].id", equalTo(id));
            // and the data packet arrives when the outbox retries after LiveKit is back
            LocalLiveKitRoomService.Received packet = livekit.next(Duration.ofSeconds(20));
            assertThat(packet).isNotNull();
            assertThat(packet.destinations()).containsExactly("dave");
            assertThat(JSON.readTree(packet.payload()).get("id").asText()).isEqualTo(id);
            assertThat(livekit.failedRequests()).isGreaterThanOrEqualTo(3);
        }
    }

    private Api.TestTenant tenantWithLiveKit() {
        Api.TestTenant tenant = Api.newTenant();
        Api.operator().body(Map.of("credentials", Map.of("livekit", Map.of("url", livekit.url(),
                        "apiKey", "APIkey" + UUID.randomUUID().toString().substring(0, 8), "apiSecret", "secret-" + UUID.randomUUID()))))
                .patch("/admin/tenants/" + tenant.slug()).then().statusCode(200);
        return tenant;
    }

    private void present(TenantId tenant, String identity, String room, ParticipantRole role) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> presence.joined(new PresenceEntry(tenant, identity, room, role, Instant.now())));
    }

    private static TenantId tenantId(Api.TestTenant tenant) {
        return TenantId.of(Api.operator().get("/admin/tenants/" + tenant.slug()).then().extract().path("id"));
    }
}
