package com.voicedesk.bootstrap.notifications;

import com.voicedesk.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static com.voicedesk.bootstrap.notifications.NotificationFixtures.event;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.newLead;
import static com.voicedesk.bootstrap.notifications.NotificationFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class NotificationApiTest {

    @Test
    void aRepeatedEventWithTheSameIdempotencyKeyProducesOneNotification() {
        Api.TestTenant tenant = Api.newTenant();
        Map<String, Object> body = newLead("New lead: Sarah");

        String first = tenant.request().header("Idempotency-Key", "crm-lead-42").body(body).post("/api/events")
                .then().statusCode(202).body("duplicate", equalTo(false)).extract().path("notificationId");
        Map<String, Object> reordered = new java.util.LinkedHashMap<>();
        reordered.put("data", Map.of("guests", 150, "contactId", "42"));
        reordered.putAll(body);
        tenant.request().header("Idempotency-Key", "crm-lead-42").body(reordered).post("/api/events")
                .then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("notificationId", equalTo(first)).body("duplicate", equalTo(true));
        // the key may also come in the body
        body.put("idempotencyKey", "crm-lead-42");
        tenant.request().body(body).post("/api/events").then().statusCode(200).body("notificationId", equalTo(first));

        tenant.request().get("/api/notifications?admin=alice").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(first));
    }

    @Test
    void concurrentRepeatsOfOneEventStillProduceOneNotification() {
        Api.TestTenant tenant = Api.newTenant();
        List<CompletableFuture<String>> sends = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                tenant.request().header("Idempotency-Key", "payment-7").body(event("PAYMENT_RECEIVED", "Paid $500", null))
                        .post("/api/events").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(202)))
                        .extract().<String>path("notificationId"))).toList();
        assertThat(sends.stream().map(CompletableFuture::join).distinct()).hasSize(1);
        tenant.request().get("/api/notifications?admin=alice").then().body("total", equalTo(1));
    }

    @Test
    void aKeyReusedForADifferentEventIsAConflict() {
        Api.TestTenant tenant = Api.newTenant();
        tenant.request().header("Idempotency-Key", "k1").body(newLead("one")).post("/api/events").then().statusCode(202);
        Api.assertProblem(tenant.request().header("Idempotency-Key", "k1").body(newLead("another"))
                .post("/api/events").then(), 409, "conflict");
        Api.assertProblem(tenant.request().header("Idempotency-Key", "k2")
                .body(Map.of("type", "NEW_LEAD", "title", "x", "idempotencyKey", "k3")).post("/api/events").then(),
                400, "validation-failed");
    }

    @Test
    void malformedEventsAreRefusedWithProblems() {
        Api.TestTenant tenant = Api.newTenant();
        Api.assertProblem(tenant.request().body(Map.of("type", "NEW_LEAD")).post("/api/events").then(),
                400, "validation-failed").body("errors[0].field", equalTo("title"));
        Api.assertProblem(tenant.request().body(Map.of("type", "FIREWORKS", "title", "x")).post("/api/events").then(),
                400, "validation-failed").body("errors[0].field", equalTo("type"));
        Api.assertProblem(tenant.request().body(Map.of("type", "MISSED_CALL", "title", "x")).post("/api/events").then(),
                400, "validation-failed").body("errors[0].field", equalTo("type"));
        Api.assertProblem(tenant.request().body(Map.of("type", "NEW_LEAD", "title", "x", "colour", "red"))
                .post("/api/events").then(), 400, "validation-failed");
        Api.assertProblem(tenant.request().body(Map.of("type", "NEW_LEAD", "title", "x".repeat(201)))
                .post("/api/events").then(), 400, "validation-failed");
        Api.assertProblem(tenant.request().body(Map.of("type", "NEW_LEAD", "title", "x", "data", Map.of("blob", "y".repeat(5000))))
                .post("/api/events").then(), 400, "validation-failed").body("errors[0].field", equalTo("data"));
        Api.assertProblem(tenant.request().body(Map.of("type", "NEW_LEAD", "title", "x", "data", "not an object"))
                .post("/api/events").then(), 400, "validation-failed");
        Api.assertProblem(tenant.request().body("{\"type\": \"NEW_LEAD\", ").post("/api/events").then(),
                400, "malformed-request");
        Api.assertProblem(RestAssured.given().contentType("application/json").body(newLead("x")).post("/api/events").then(),
                401, "unauthorized");
        tenant.request().get("/api/notifications?admin=alice").then().body("total", equalTo(0));
    }

    @Test
    void theInboxPagesFiltersUnreadAndMarksRead() {
        Api.TestTenant tenant = Api.newTenant();
        List<String> ids = IntStream.rangeClosed(1, 5).mapToObj(i -> post(tenant, newLead("lead " + i))).toList();
        String forOther = post(tenant, event("CONTRACT_SIGNED", "signed", "someone-else"));

        tenant.request().get("/api/notifications?admin=alice&size=2").then().statusCode(200)
                .body("items.title", contains("lead 5", "lead 4")).body("total", equalTo(5)).body("hasNext", equalTo(true))
                .body("unread", equalTo(5)).body("items[0].seq", equalTo(5)).body("items[0].readAt", nullValue());
        tenant.request().get("/api/notifications?admin=alice&size=2&page=2").then()
                .body("items.title", contains("lead 1")).body("hasNext", equalTo(false));

        tenant.request().post("/api/notifications/" + ids.get(1) + "/read?admin=alice").then().statusCode(204);
        tenant.request().post("/api/notifications/" + ids.get(1) + "/read?admin=alice").then().statusCode(204);
        tenant.request().get("/api/notifications?admin=alice&unread=true").then()
                .body("items.title", contains("lead 5", "lead 4", "lead 3", "lead 1")).body("unread", equalTo(4));
        tenant.request().get("/api/notifications?admin=alice").then()
                .body("items[3].state", equalTo("READ")).body("items[3].readAt", notNullValue());
        // reading is per admin: bob still has all five unread
        tenant.request().get("/api/notifications?admin=bob&unread=true").then().body("unread", equalTo(5));
        // nobody but its recipient reads a notification to one admin
        Api.assertProblem(tenant.request().post("/api/notifications/" + forOther + "/read?admin=alice").then(),
                404, "not-found");

        tenant.request().post("/api/notifications/read-all?admin=alice").then().statusCode(200).body("marked", equalTo(4));
        tenant.request().get("/api/notifications?admin=alice&unread=true").then().body("items", hasSize(0))
                .body("unread", equalTo(0));
        String later = post(tenant, newLead("after read-all"));
        tenant.request().get("/api/notifications?admin=alice&unread=true").then()
                .body("items.id", contains(later)).body("unread", equalTo(1));

        tenant.request().post("/api/notifications/" + forOther + "/read?admin=someone-else").then().statusCode(204);
        tenant.request().get("/api/notifications?admin=someone-else").then()
                .body("items.find { it.id == '" + forOther + "' }.state", equalTo("READ"));
    }

    @Test
    void inboxRequestsNeedAnAdminAndSaneParameters() {
        Api.TestTenant tenant = Api.newTenant();
        Api.assertProblem(tenant.request().get("/api/notifications").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("admin"));
        Api.assertProblem(tenant.request().get("/api/notifications?admin=alice&size=500").then(), 400, "validation-failed");
        Api.assertProblem(tenant.request().post("/api/notifications/not-a-uuid/read?admin=alice").then(),
                400, "validation-failed");
        Api.assertProblem(tenant.request().body(Map.of("muted", List.of("NOPE")))
                .put("/api/notifications/preferences?admin=alice").then(), 400, "validation-failed");
    }

    @Test
    void preferencesAreKeptPerAdmin() {
        Api.TestTenant tenant = Api.newTenant();
        tenant.request().get("/api/notifications/preferences?admin=alice").then().statusCode(200)
                .body("muted", hasSize(0)).body("receives", hasSize(9)).body("updatedAt", nullValue());
        Map<String, Object> body = new HashMap<>();
        body.put("muted", List.of("LEAD_STATUS_CHANGED", "PAYMENT_RECEIVED"));
        tenant.request().body(body).put("/api/notifications/preferences?admin=alice").then().statusCode(200);
        tenant.request().get("/api/notifications/preferences?admin=alice").then()
                .body("muted", contains("PAYMENT_RECEIVED", "LEAD_STATUS_CHANGED")).body("receives", hasSize(7));
        tenant.request().get("/api/notifications/preferences?admin=bob").then().body("muted", hasSize(0));
    }
}
