package com.voicedesk.bootstrap.notifications;

import com.voicedesk.bootstrap.support.AppProcess;
import com.voicedesk.bootstrap.support.EmbeddedPostgresTestResource;
import com.voicedesk.bootstrap.support.SseClient;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.voicedesk.bootstrap.notifications.NotificationFixtures.data;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.event;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.newLead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the packaged service on one database: what one accepts reaches the streams the other holds.
 * Each instance is a separate process (the real deployment shape), so the only path between them is PostgreSQL.
 */
class NotificationCrossInstanceIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static AppProcess first;
    private static AppProcess second;

    @BeforeAll
    static void startTwoInstances() {
        Path jar = AppProcess.packagedJar().orElse(null);
        Assumptions.assumeTrue(jar != null, "needs the packaged application (mvn verify)");
        first = AppProcess.start("notifications-it-1", jar, EmbeddedPostgresTestResource.server(), Map.of(), List.of());
        second = AppProcess.start("notifications-it-2", jar, EmbeddedPostgresTestResource.server(), Map.of(), List.of());
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void anEventPostedToOneInstanceArrivesOnTheOthersStreams() {
        String key = newTenantKey(first);

        try (SseClient onSecond = stream(second, key, "alice", null); SseClient onFirst = stream(first, key, "bob", null)) {
            String fromFirst = post(first, key, newLead("posted to the first instance"));
            assertThat(data(onSecond.next(WAIT))).containsEntry("id", fromFirst);
            assertThat(data(onFirst.next(WAIT))).containsEntry("id", fromFirst);

            String fromSecond = post(second, key, event("CONTRACT_SIGNED", "for bob, via the second", "bob"));
            assertThat(data(onFirst.next(WAIT))).containsEntry("id", fromSecond);
            assertThat(onSecond.drain(Duration.ofMillis(700))).isEmpty(); // alice: not hers
        }
    }

    @Test
    void aStreamResumesOnTheOtherInstanceFromWhereItLeftOff() {
        String key = newTenantKey(first);
        String lastSeen;
        try (SseClient carol = stream(first, key, "carol", null)) {
            post(second, key, newLead("one"));
            lastSeen = carol.next(WAIT).id();
        }
        String missed = post(first, key, newLead("two"));
        try (SseClient carol = stream(second, key, "carol", lastSeen)) {
            SseClient.Event replayed = carol.next(WAIT);
            assertThat(replayed.id()).isEqualTo(Long.toString(Long.parseLong(lastSeen) + 1));
            assertThat(data(replayed)).containsEntry("id", missed);
            assertThat(carol.drain(Duration.ofMillis(700))).isEmpty();
        }
    }

    /** A fresh tenant with an API key, created through the given instance's /admin API. */
    static String newTenantKey(AppProcess app) {
        String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);
        operator(app).body(Map.of("slug", slug, "name", "IT DJs")).post("/admin/tenants").then().statusCode(201);
        return operator(app).body(Map.of("name", "it")).post("/admin/tenants/" + slug + "/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    static String post(AppProcess app, String key, Map<String, Object> body) {
        return RestAssured.given().baseUri(app.url()).header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body(body).post("/api/events").then().statusCode(202).extract().path("notificationId");
    }

    static SseClient stream(AppProcess app, String key, String admin, String lastEventId) {
        Map<String, String> headers = lastEventId == null ? Map.of("Authorization", "Bearer " + key)
                : Map.of("Authorization", "Bearer " + key, "Last-Event-ID", lastEventId);
        SseClient client = SseClient.open(app.url() + "/api/notifications/stream?admin=" + admin, headers);
        assertThat(client.status()).isEqualTo(200);
        return client;
    }

    private static RequestSpecification operator(AppProcess app) {
        return RestAssured.given().baseUri(app.url()).header("Authorization", "Bearer " + AppProcess.OPERATOR_TOKEN)
                .contentType(ContentType.JSON);
    }
}
