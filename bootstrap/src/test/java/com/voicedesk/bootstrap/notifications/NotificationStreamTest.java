package com.voicedesk.bootstrap.notifications;

import com.voicedesk.application.notification.RaiseNotificationCommand;
import com.voicedesk.application.notification.RaiseNotificationUseCase;
import com.voicedesk.bootstrap.security.AdminTokens;
import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.EmbeddedPostgresTestResource;
import com.voicedesk.bootstrap.support.SseClient;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.notification.Recipient;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.ApiKeyId;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static com.voicedesk.bootstrap.notifications.NotificationFixtures.baseUrl;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.data;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.event;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.newLead;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.post;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.stream;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.terminateBackends;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static io.restassured.RestAssured.given;

@QuarkusTest
class NotificationStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(700);

    @Inject
    RaiseNotificationUseCase raise;

    @Inject
    NotificationConfig notifications;

    @ConfigProperty(name = "voicedesk.security.master-key")
    Optional<String> masterKey;

    @Test
    void aConnectedAdminReceivesANewLead() {
        Api.TestTenant tenant = Api.newTenant();
        try (SseClient alice = stream(tenant, "alice", null)) {
            String id = post(tenant, newLead("New lead: Sarah Johnson"));

            SseClient.Event event = alice.next(WAIT);
            assertThat(event).isNotNull();
            assertThat(event.name()).isEqualTo("notification");
            assertThat(event.id()).isEqualTo("1");
            Map<String, Object> payload = data(event);
            assertThat(payload).containsEntry("id", id).containsEntry("seq", 1).containsEntry("type", "NEW_LEAD")
                    .containsEntry("title", "New lead: Sarah Johnson").containsEntry("link", "/contacts/42")
                    .containsEntry("admin", null);
            assertThat(payload.get("data")).isEqualTo(Map.of("contactId", "42", "guests", 150));
        }
        // it reached a live stream, so the inbox says so
        await().atMost(WAIT).untilAsserted(() -> tenant.request()
                .get("/api/notifications?admin=alice").then().statusCode(200)
                .body("items[0].state", equalTo("DELIVERED_LIVE")));
    }

    @Test
    void anOfflineAdminFindsItInTheInboxAndOnReconnectGetsExactlyWhatWasMissedOnce() {
        Api.TestTenant tenant = Api.newTenant();
        String lastSeen;
        try (SseClient bob = stream(tenant, "bob", null)) {
            post(tenant, newLead("seen live"));
            lastSeen = bob.next(WAIT).id();
        }
        String missed1 = post(tenant, newLead("missed 1"));
        String missed2 = post(tenant, event("PAYMENT_RECEIVED", "missed 2", null));

        tenant.request().get("/api/notifications?admin=bob&unread=true").then().statusCode(200)
                .body("unread", equalTo(3))
                .body("items.title", equalTo(List.of("missed 2", "missed 1", "seen live")))
                .body("items[0].state", equalTo("PENDING"))
                .body("lastEventId", equalTo("3"));

        try (SseClient bob = stream(tenant, "bob", lastSeen)) {
            List<SseClient.Event> replayed = bob.take(2, WAIT);
            assertThat(replayed).extracting(SseClient.Event::id).containsExactly("2", "3");
            assertThat(replayed).extracting(e -> data(e).get("id")).containsExactly(missed1, missed2);

            post(tenant, newLead("live again"));
            List<SseClient.Event> after = bob.drain(QUIET.multipliedBy(2));
            assertThat(after).extracting(SseClient.Event::id).containsExactly("4");
        }
    }

    @Test
    void resumingWhileEventsKeepArrivingLosesAndRepeatsNothing() throws Exception {
        Api.TestTenant tenant = Api.newTenant();
        post(tenant, newLead("before"));
        AtomicInteger posted = new AtomicInteger();
        CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> IntStream.rangeClosed(1, 40).forEach(i -> {
            post(tenant, newLead("burst " + i));
            posted.incrementAndGet();
        }));
        await().atMost(WAIT).until(() -> posted.get() >= 5); // resume in the middle of the burst
        try (SseClient carol = stream(tenant, "carol", "1")) {
            producer.get();
            List<SseClient.Event> events = carol.take(40, WAIT.multipliedBy(2));
            events.addAll(carol.drain(QUIET));
            assertThat(events).extracting(SseClient.Event::id)
                    .containsExactlyElementsOf(IntStream.rangeClosed(2, 41).mapToObj(Integer::toString).toList());
        }
    }

    @Test
    void anAdminGetsWhatIsForThemOrForEveryoneAndNothingTheyMuted() {
        Api.TestTenant tenant = Api.newTenant();
        tenant.request().body(Map.of("muted", List.of("PAYMENT_RECEIVED")))
                .put("/api/notifications/preferences?admin=dana").then().statusCode(200)
                .body("muted", equalTo(List.of("PAYMENT_RECEIVED")));
        try (SseClient dana = stream(tenant, "dana", null); SseClient erin = stream(tenant, "erin", null)) {
            post(tenant, event("CONTRACT_SIGNED", "for dana", "dana"));
            post(tenant, event("CONTRACT_SIGNED", "for erin", "erin"));
            post(tenant, event("PAYMENT_RECEIVED", "payment for all", null));
            post(tenant, event("NEW_LEAD", "lead for all", null));

            assertThat(dana.drain(QUIET.multipliedBy(2))).extracting(e -> data(e).get("title"))
                    .containsExactly("for dana", "lead for all");
            assertThat(erin.drain(QUIET)).extracting(e -> data(e).get("title"))
                    .containsExactly("for erin", "payment for all", "lead for all");
        }
        tenant.request().get("/api/notifications?admin=dana").then().statusCode(200)
                .body("items.title", equalTo(List.of("lead for all", "for dana")));
    }

    @Test
    void oneTenantsEventsNeverReachAnotherTenantsAdmins() {
        Api.TestTenant first = Api.newTenant();
        Api.TestTenant second = Api.newTenant();
        try (SseClient other = stream(second, "alice", null); SseClient own = stream(first, "alice", null)) {
            String id = post(first, newLead("first tenant only"));
            assertThat(own.next(WAIT)).isNotNull();
            assertThat(other.drain(QUIET)).isEmpty();

            second.request().get("/api/notifications?admin=alice").then().statusCode(200).body("total", equalTo(0));
            Api.assertProblem(second.request().post("/api/notifications/" + id + "/read?admin=alice").then(), 404, "not-found");
        }
        // a resume id from another tenant's feed is not a position in this one
        try (SseClient other = stream(second, "alice", "1")) {
            assertThat(other.next(WAIT)).satisfies(e -> {
                assertThat(e.name()).isEqualTo("resync");
                assertThat(e.id()).isEqualTo("0");
            });
        }
    }

    @Test
    void internalNotificationsRaisedByVoiceDeskReachTheStream() throws Throwable {
        Api.TestTenant tenant = Api.newTenant();
        TenantId tenantId = TenantId.of(tenantIdOf(tenant));
        try (SseClient frank = stream(tenant, "frank", null)) {
            VertxContextSupport.subscribeAndAwait(() -> raise.raise(new RaiseNotificationCommand(tenantId,
                    NotificationType.CALL_SUMMARY_READY, "Call summary ready: Sarah", "Hot lead, wants June 12",
                    "/calls/7", Map.of("callId", "7"), Recipient.admin("frank"))));
            SseClient.Event event = frank.next(WAIT);
            assertThat(event).isNotNull();
            assertThat(data(event)).containsEntry("type", "CALL_SUMMARY_READY").containsEntry("admin", "frank");
        }
    }

    @Test
    void aBrowserStreamsWithAnAdminTokenNotTheApiKey() {
        Api.TestTenant tenant = Api.newTenant();
        String token = tenant.request().body(Map.of("admin", "gina")).post("/api/notifications/stream-tokens")
                .then().statusCode(201).body("admin", equalTo("gina")).extract().path("token");

        try (SseClient gina = SseClient.open(baseUrl() + "/api/notifications/stream?access_token=" + token, Map.of())) {
            assertThat(gina.status()).isEqualTo(200);
            post(tenant, newLead("for the browser"));
            assertThat(gina.next(WAIT)).isNotNull();
        }
        // the token is the admin's own: their inbox, not anyone else's, and nothing outside notifications
        given().header("Authorization", "Bearer " + token)
                .get("/api/notifications").then().statusCode(200).body("total", equalTo(1));
        Api.assertProblem(given().header("Authorization", "Bearer " + token)
                .get("/api/notifications?admin=someone-else").then(), 403, "forbidden");
        Api.assertProblem(given().header("Authorization", "Bearer " + token)
                .contentType("application/json").body(Map.of("admin", "x")).post("/api/notifications/stream-tokens").then(),
                401, "unauthorized");
        Api.assertProblem(given().header("Authorization", "Bearer " + token)
                .contentType("application/json").body(newLead("x")).post("/api/events").then(), 401, "unauthorized");
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        Api.assertProblem(given().get("/api/notifications?access_token=" + forged).then(),
                401, "unauthorized");
    }

    @Test
    void revokingTheKeyRevokesTheAdminTokensItMinted() {
        Api.TestTenant tenant = Api.newTenant();
        String token = tenant.request().body(Map.of("admin", "gina")).post("/api/notifications/stream-tokens")
                .then().statusCode(201).extract().path("token");
        given().header("Authorization", "Bearer " + token).get("/api/notifications").then().statusCode(200);

        Api.operator().delete("/admin/tenants/" + tenant.slug() + "/api-keys/" + tenant.keyId()).then().statusCode(204);

        Api.assertProblem(given().header("Authorization", "Bearer " + token).get("/api/notifications").then(),
                401, "unauthorized").body("detail", containsString("revoked"));
        Api.assertProblem(given().get("/api/notifications/stream?access_token=" + token).then(), 401, "unauthorized")
                .body("detail", containsString("revoked"));
    }

    @Test
    void revokingTheKeyEndsTheStreamsOpenOnIt() {
        Api.TestTenant tenant = Api.newTenant();
        String token = tenant.request().body(Map.of("admin", "gina")).post("/api/notifications/stream-tokens")
                .then().statusCode(201).extract().path("token");
        try (SseClient server = SseClient.open(baseUrl() + "/api/notifications/stream?admin=hal",
                Map.of("Authorization", "Bearer " + tenant.apiKey()));
             SseClient browser = SseClient.open(baseUrl() + "/api/notifications/stream?access_token=" + token, Map.of())) {
            assertThat(server.status()).isEqualTo(200);
            assertThat(browser.status()).isEqualTo(200);

            Api.operator().delete("/admin/tenants/" + tenant.slug() + "/api-keys/" + tenant.keyId()).then().statusCode(204);

            // checked at each heartbeat (1 s in tests)
            await().atMost(Duration.ofSeconds(10)).until(() -> server.ended() && browser.ended());
        }
    }

    @Test
    void aMalformedLastEventIdIsRefusedWithAProblem() {
        Api.TestTenant tenant = Api.newTenant();
        Api.assertProblem(tenant.request().header("Last-Event-ID", "yesterday")
                .get("/api/notifications/stream?admin=alice").then(), 400, "validation-failed");
        Api.assertProblem(tenant.request().get("/api/notifications/stream").then(), 400, "validation-failed");
    }

    @Test
    void theStreamAnswersOnlyOnceItIsLiveSoNothingCommittedAfterTheAnswerIsMissed() throws Exception {
        Api.TestTenant tenant = Api.newTenant();
        post(tenant, newLead("before"));
        CompletableFuture<SseClient> opening;
        try (Connection db = EmbeddedPostgresTestResource.server().getPostgresDatabase().getConnection()) {
            holdPreferences(db); // the stream cannot load the admin's preferences, so cannot go live yet
            opening = CompletableFuture.supplyAsync(() -> stream(tenant, "grace", null));
            await().during(QUIET).atMost(WAIT).until(() -> !opening.isDone()); // no 200 (no EventSource "open") yet
            post(tenant, newLead("while opening")); // committed before the stream is live: the inbox's
            db.rollback();
        }
        try (SseClient grace = opening.get(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            // where it stands, from its first frame
            await().atMost(WAIT).untilAsserted(() -> assertThat(grace.lastEventId()).isEqualTo("2"));

            post(tenant, newLead("after the answer"));
            List<SseClient.Event> events = grace.drain(QUIET.multipliedBy(2));
            assertThat(events).extracting(SseClient.Event::id).containsExactly("3");
            assertThat(data(events.getFirst())).containsEntry("title", "after the answer");
        }
    }

    @Test
    void aClientReconnectingBeforeAnyNotificationResumesWhereItsStreamStoodLosingNothing() {
        Api.TestTenant tenant = Api.newTenant();
        post(tenant, newLead("before"));
        String resumeFrom;
        try (SseClient henry = stream(tenant, "henry", null)) {
            await().atMost(WAIT).until(() -> henry.lastEventId() != null);
            resumeFrom = henry.lastEventId();
        }
        assertThat(resumeFrom).isEqualTo("1");
        post(tenant, newLead("while away"));
        try (SseClient henry = stream(tenant, "henry", resumeFrom)) {
            assertThat(henry.drain(QUIET)).extracting(e -> data(e).get("title")).containsExactly("while away");
        }
    }

    @Test
    void aStreamWhoseDatabaseConnectionIsLostWhileOpeningIsAnsweredWithAProblem() throws Exception {
        Api.TestTenant tenant = Api.newTenant();
        CompletableFuture<ValidatableResponse> opening;
        try (Connection db = EmbeddedPostgresTestResource.server().getPostgresDatabase().getConnection()) {
            holdPreferences(db);
            opening = CompletableFuture.supplyAsync(() -> tenant.request().accept("text/event-stream")
                    .get("/api/notifications/stream?admin=ivy").then());
            await().atMost(WAIT).until(() -> terminateBackends(
                    "wait_event_type = 'Lock' and query ilike '%from notification_preferences%'") > 0);
            db.rollback();
        }
        Api.assertProblem(opening.get(WAIT.toSeconds(), TimeUnit.SECONDS), 500, "internal-error")
                .body("detail", containsString("error id"));
    }

    @Test
    void anAdminTokenThatExpiresWhileItsStreamIsOpeningIsAnswered401() throws Exception {
        Api.TestTenant tenant = Api.newTenant();
        // minted as if most of its lifetime had passed: it expires within 1 to 2 seconds
        Clock late = Clock.offset(Clock.systemUTC(), notifications.adminTokens().ttl().negated().plusSeconds(2));
        String token = new AdminTokens(notifications, masterKey, late).mint(TenantId.of(tenant.id()),
                new ApiKeyId(UUID.fromString(tenant.keyId())), "jack").token();
        try (Connection db = EmbeddedPostgresTestResource.server().getPostgresDatabase().getConnection()) {
            holdPreferences(db); // the stream cannot go live before the token expires
            CompletableFuture<ValidatableResponse> opening = CompletableFuture.supplyAsync(() -> given()
                    .accept("text/event-stream").queryParam("access_token", token)
                    .get("/api/notifications/stream").then());
            Api.assertProblem(opening.get(WAIT.toSeconds(), TimeUnit.SECONDS), 401, "unauthorized")
                    .body("detail", containsString("expired"));
            db.rollback();
        }
    }

    /** Locks the preferences table in {@code db}'s transaction until it rolls back: reading it waits. */
    private static void holdPreferences(Connection db) throws SQLException {
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.execute("lock table notification_preferences in access exclusive mode");
        }
    }

    private static String tenantIdOf(Api.TestTenant tenant) {
        return Api.operator().get("/admin/tenants/" + tenant.slug()).then().statusCode(200).extract().path("id");
    }
}
