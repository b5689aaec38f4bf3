package com.voicedesk.bootstrap.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** Test helpers over the HTTP API: fresh tenants with keys, authenticated requests, problem assertions. */
public final class Api {

    public static final String OPERATOR_TOKEN = "test-operator-token";

    private Api() {
    }

    /** A tenant of one's own, with an API key: tests never share data by accident. */
    public record TestTenant(String slug, String apiKey, String keyId, String id) {
        public com.voicedesk.domain.shared.TenantId tenantId() {
            return com.voicedesk.domain.shared.TenantId.of(id);
        }

        public RequestSpecification request() {
            return RestAssured.given().header("Authorization", "Bearer " + apiKey).contentType(ContentType.JSON);
        }
    }

    public static RequestSpecification operator() {
        return RestAssured.given().header("Authorization", "Bearer " + OPERATOR_TOKEN).contentType(ContentType.JSON);
    }

    public static TestTenant newTenant() {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String id = operator().body(Map.of("slug", slug, "name", "Test DJs " + slug))
                .post("/admin/tenants").then().statusCode(201).extract().path("id");
        var key = operator().body(Map.of("name", "tests"))
                .post("/admin/tenants/" + slug + "/api-keys").then().statusCode(201).extract();
        return new TestTenant(slug, key.path("key"), key.path("id"), id);
    }

    public static String createContact(TestTenant tenant, Map<String, Object> body) {
        return tenant.request().body(body).post("/api/contacts").then().statusCode(201).extract().path("id");
    }

    /** Asserts an RFC 9457 problem with the given status and type slug. */
    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://voicedesk.dev/problems/" + type))
                .body("status", equalTo(status));
    }
}
