package com.voicedesk.bootstrap.notifications;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.EmbeddedPostgresTestResource;
import com.voicedesk.bootstrap.support.SseClient;
import io.restassured.RestAssured;

import java.net.URLEncoder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Events, streams and payloads for the notification tests. */
final class NotificationFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private NotificationFixtures() {
    }

    static Map<String, Object> newLead(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "NEW_LEAD");
        body.put("title", title);
        body.put("message", "Wedding, 150 guests");
        body.put("link", "/contacts/42");
        body.put("data", Map.of("contactId", "42", "guests", 150));
        return body;
    }

    static Map<String, Object> event(String type, String title, String admin) {
        Map<String, Object> body = newLead(title);
        body.put("type", type);
        if (admin != null) {
            body.put("admin", admin);
        }
        return body;
    }

    /** Posts an event; returns the notification id. */
    static String post(Api.TestTenant tenant, Map<String, Object> body) {
        return tenant.request().body(body).post("/api/events").then().statusCode(202).extract().path("notificationId");
    }

    static String baseUrl() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    static SseClient stream(Api.TestTenant tenant, String admin, String lastEventId) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", "Bearer " + tenant.apiKey());
        if (lastEventId != null) {
            headers.put("Last-Event-ID", lastEventId);
        }
        SseClient client = SseClient.open(baseUrl() + "/api/notifications/stream?admin=" + encode(admin), headers);
        if (client.status() != 200) {
            throw new AssertionError("stream answered " + client.status());
        }
        return client;
    }

    static Map<String, Object> data(SseClient.Event event) {
        try {
            return JSON.readValue(event.data(), new TypeReference<>() {
            });
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + event.data(), e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Ends every other database backend that matches {@code where} (a condition on {@code pg_stat_activity}), as a
     * failover or a network cut would; returns how many.
     */
    static int terminateBackends(String where) throws SQLException {
        try (Connection connection = EmbeddedPostgresTestResource.server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet killed = statement.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                     + " where (" + where + ") and pid <> pg_backend_pid()")) {
            killed.next();
            return killed.getInt(1);
        }
    }
}
