package com.voicedesk.bootstrap.api;

import com.voicedesk.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The caller's mistakes: each gets the right 4xx problem+json, and nothing is written. */
@QuarkusTest
class BadInputTest {

    private Api.TestTenant tenant;

    @BeforeEach
    void freshTenant() {
        tenant = Api.newTenant();
    }

    private void assertNoContactWasWritten() {
        tenant.request().get("/api/contacts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void malformedJson() {
        Api.assertProblem(tenant.request().body("{\"name\": \"Ann\"").post("/api/contacts").then(), 400, "malformed-request")
                .body("detail", startsWith("The body is not valid JSON"))
                .body("title", equalTo("The request body could not be read"))
                .body("instance", equalTo("/api/contacts"));
        assertNoContactWasWritten();
    }

    @Test
    void wrongTypesNameTheField() {
        Api.assertProblem(tenant.request().body("{\"name\": \"Ann\", \"guestCount\": \"many\"}").post("/api/contacts").then(),
                400, "validation-failed").body("errors[0].field", equalTo("guestCount"))
                .body("errors[0].message", equalTo("must be a whole number"));
        Api.assertProblem(tenant.request().body("{\"name\": \"Ann\", \"eventDate\": \"next june\"}").post("/api/contacts").then(),
                400, "validation-failed").body("errors[0].field", equalTo("eventDate"));
        Api.assertProblem(tenant.request().body("{\"name\": \"Ann\", \"eventType\": \"RAVE\"}").post("/api/contacts").then(),
                400, "validation-failed").body("errors[0].message", containsString("WEDDING"));
        Api.assertProblem(tenant.request().body("{\"name\": [\"Ann\"]}").post("/api/contacts").then(),
                400, "validation-failed").body("errors[0].field", equalTo("name"));
        Api.assertProblem(tenant.request().body("{\"name\": \"Ann\", \"phon\": \"+15550102000\"}").post("/api/contacts").then(),
                400, "validation-failed").body("errors[0].field", equalTo("phon"))
                .body("errors[0].message", equalTo("is not a known field"));
        assertNoContactWasWritten();
    }

    @Test
    void invalidPhoneNumbersEmailsAndRanges() {
        Api.assertProblem(tenant.request().body(Map.of("name", "Ann", "phone", "555-0102")).post("/api/contacts").then(),
                400, "validation-failed").body("errors[0].field", equalTo("phone"))
                .body("detail", containsString("E.164"));
        Api.assertProblem(tenant.request().body(Map.of("name", "Ann", "email", "ann@")).post("/api/contacts").then(),
                400, "validation-failed").body("errors[0].field", equalTo("email"));
        Api.assertProblem(tenant.request().body(Map.of("name", "Ann", "guestCount", 0)).post("/api/contacts").then(),
                400, "validation-failed").body("errors.field", hasItem("guestCount"));
        Api.assertProblem(tenant.request().body(Map.of("name", " ", "budget", Map.of("amount", -5, "currency", "usd")))
                        .post("/api/contacts").then(), 400, "validation-failed")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("budget.amount"))
                .body("errors.field", hasItem("budget.currency"));
        Api.assertProblem(tenant.request().body(Map.of("name", "Ann", "timeZone", "Mars/Olympus")).post("/api/contacts").then(),
                400, "validation-failed").body("errors[0].field", equalTo("timeZone"));
        assertNoContactWasWritten();
    }

    @Test
    void anOversizeBody() {
        String huge = "{\"name\":\"" + "a".repeat(1_100_000) + "\"}";
        Api.assertProblem(tenant.request().body(huge).post("/api/contacts").then(), 413, "payload-too-large");
        assertNoContactWasWritten();
    }

    @Test
    void anOversizeChunkedBodyIsAProblemToo() throws Exception {
        // no Content-Length: the size is only known while reading
        HttpResponse<String> response = postOfUnknownLength(HttpClient.Version.HTTP_1_1, "{\"name\":\"" + "a".repeat(1_100_000) + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("payload-too-large");
        assertNoContactWasWritten();
    }

    /** HTTP/1.1 sends it chunked (read by FallbackRoutes first), HTTP/2 without content-length (read by RESTEasy). */
    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void aBodyOfNoDeclaredLengthWithinTheLimitIsRead(HttpClient.Version version) throws Exception {
        HttpResponse<String> response = postOfUnknownLength(version, "{\"name\":\"Streamed Ann\",\"phone\":\"+15550104444\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("Streamed Ann");
    }

    private HttpResponse<String> postOfUnknownLength(HttpClient.Version version, String body) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().version(version).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/contacts"))
                    .header("Authorization", "Bearer " + tenant.apiKey())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void aMissingOrMalformedOrUnknownKey() {
        Api.assertProblem(RestAssured.given().contentType(ContentType.JSON).body(Map.of("name", "Ann"))
                .post("/api/contacts").then(), 401, "unauthorized").header("WWW-Authenticate", startsWith("Bearer"));
        Api.assertProblem(RestAssured.given().header("Authorization", "Basic YWxhZGRpbjpvcGVuc2VzYW1l")
                .get("/api/contacts").then(), 401, "unauthorized");
        Api.assertProblem(RestAssured.given().header("Authorization", "Bearer vd_" + "x".repeat(40))
                .get("/api/contacts").then(), 401, "unauthorized");
        assertNoContactWasWritten();
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        tenant.request().get("/api/contacts").then().statusCode(200);
        Api.operator().delete("/admin/tenants/" + tenant.slug() + "/api-keys/" + tenant.keyId()).then().statusCode(204);
        Api.assertProblem(tenant.request().body(Map.of("name", "Ann")).post("/api/contacts").then(), 401, "unauthorized")
                .body("detail", containsString("revoked"));
        Api.TestTenant fresh = new Api.TestTenant(tenant.slug(),
                Api.operator().body(Map.of("name", "again")).post("/admin/tenants/" + tenant.slug() + "/api-keys")
                        .then().statusCode(201).extract().path("key"), null, tenant.id());
        fresh.request().get("/api/contacts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badPagingAndFilters() {
        Api.assertProblem(tenant.request().queryParam("size", 500).get("/api/contacts").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("size"));
        Api.assertProblem(tenant.request().queryParam("page", -1).get("/api/contacts").then(), 400, "validation-failed");
        Api.assertProblem(tenant.request().queryParam("leadStatus", "HOT").get("/api/contacts").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("leadStatus"));
        Api.assertProblem(tenant.request().queryParam("createdSince", "yesterday").get("/api/contacts").then(),
                400, "validation-failed");
        Api.assertProblem(tenant.request().queryParam("status", "DONE").get("/api/calls").then(), 400, "validation-failed");
    }

    @Test
    void wrongMediaTypeMethodAndRoute() {
        Api.assertProblem(tenant.request().contentType(ContentType.TEXT).body("Ann").post("/api/contacts").then(),
                415, "unsupported-media-type");
        Api.assertProblem(tenant.request().delete("/api/contacts").then(), 405, "method-not-allowed");
        Api.assertProblem(tenant.request().get("/api/nothing-here").then(), 404, "not-found");
        Api.assertProblem(RestAssured.given().get("/nothing/here").then(), 404, "not-found");
        assertNoContactWasWritten();
    }
}
