package com.voicedesk.bootstrap.admin;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.EmbeddedPostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TenantAdminApiTest {

    private static final String SECRET = "lk-secret-" + UUID.randomUUID();
    private static final String AUTH_TOKEN = "twilio-token-" + UUID.randomUUID();

    @Test
    void theOperatorTokenGuardsTenantManagement() {
        Api.assertProblem(RestAssured.given().get("/admin/tenants").then(), 401, "unauthorized");
        Api.assertProblem(RestAssured.given().header("Authorization", "Bearer wrong").get("/admin/tenants").then(),
                401, "unauthorized");
        Api.TestTenant tenant = Api.newTenant();
        Api.assertProblem(RestAssured.given().header("Authorization", "Bearer " + tenant.apiKey()).get("/admin/tenants").then(),
                401, "unauthorized");
        Api.operator().get("/admin/tenants").then().statusCode(200).body("slug", hasItem(tenant.slug()));
    }

    @Test
    void createsATenantWithDefaultsAndRefusesATakenSlug() {
        String slug = "m10-" + UUID.randomUUID().toString().substring(0, 6);
        Api.operator().body(Map.of("slug", slug, "name", "M10 DJ Company",
                        "settings", Map.of("timeZone", "America/Chicago",
                                "persona", Map.of("assistantName", "Ben", "companyName", "M10 DJ Company"))))
                .post("/admin/tenants").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/admin/tenants/" + slug))
                .body("settings.persona.assistantName", equalTo("Ben"))
                .body("settings.currency", equalTo("USD"))
                .body("settings.businessHours.days", containsInAnyOrder("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
                .body("capabilities.size()", equalTo(0));
        Api.assertProblem(Api.operator().body(Map.of("slug", slug, "name", "Again")).post("/admin/tenants").then(),
                409, "conflict");
        Api.assertProblem(Api.operator().body(Map.of("slug", "Not A Slug!", "name", "x")).post("/admin/tenants").then(),
                400, "validation-failed").body("errors[0].field", equalTo("slug"));
        Api.assertProblem(Api.operator().get("/admin/tenants/no-such-tenant").then(), 404, "not-found");
    }

    @Test
    void settingsMergeAndSecretsAreNeverReturnedButSwitchCapabilitiesOn() {
        Api.TestTenant tenant = Api.newTenant();
        Api.operator().body(Map.of(
                        "settings", Map.of("timeZone", "America/New_York",
                                "callRouting", Map.of("mode", "FORWARD", "forwardTo", "+1 555 010 9999")),
                        "credentials", Map.of(
                                "livekit", Map.of("url", "wss://m10.livekit.cloud", "apiKey", "API" + tenant.slug(), "apiSecret", SECRET),
                                "twilio", Map.of("accountSid", "AC" + tenant.slug(), "authToken", AUTH_TOKEN, "phoneNumber", "+15550100000"))))
                .patch("/admin/tenants/" + tenant.slug()).then().statusCode(200)
                .body("settings.timeZone", equalTo("America/New_York"))
                .body("settings.callRouting.forwardTo", equalTo("+15550109999"))
                .body("settings.persona.companyName", startsWith("Test DJs"))
                .body("capabilities", containsInAnyOrder("ROOMS", "TELEPHONY"))
                .body("credentials.livekitUrl", equalTo("wss://m10.livekit.cloud"))
                .body("credentials.twilioAccountSid", equalTo("AC" + tenant.slug()))
                .body(not(org.hamcrest.Matchers.containsString(SECRET)))
                .body(not(org.hamcrest.Matchers.containsString(AUTH_TOKEN)));

        String all = Api.operator().get("/admin/tenants").asString() + Api.operator().get("/admin/tenants/" + tenant.slug()).asString();
        assertThat(all).doesNotContain(SECRET).doesNotContain(AUTH_TOKEN);

        Api.operator().body(Map.of("credentials", Map.of("twilio", "null-placeholder")))
                .patch("/admin/tenants/" + tenant.slug()).then().statusCode(400);
        Api.operator().contentType(ContentType.JSON).body("{\"credentials\": {\"twilio\": null}}")
                .patch("/admin/tenants/" + tenant.slug()).then().statusCode(200)
                .body("capabilities", containsInAnyOrder("ROOMS"))
                .body("credentials.twilioAccountSid", nullValue());
    }

    @Test
    void credentialsAreEncryptedAtRest() throws Exception {
        Api.TestTenant tenant = Api.newTenant();
        Api.operator().body(Map.of("credentials", Map.of("livekit",
                        Map.of("url", "https://lk.example.com", "apiKey", "APIrest" + tenant.slug(), "apiSecret", SECRET))))
                .patch("/admin/tenants/" + tenant.slug()).then().statusCode(200);

        try (Connection db = EmbeddedPostgresTestResource.server().getPostgresDatabase().getConnection();
             PreparedStatement query = db.prepareStatement(
                     "select credentials, livekit_api_key, settings::text from tenants where slug = ?")) {
            query.setString(1, tenant.slug());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                byte[] sealed = row.getBytes(1);
                assertThat(sealed).isNotEmpty();
                assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET).doesNotContain("apiSecret");
                assertThat(row.getString(2)).isEqualTo("APIrest" + tenant.slug());
                assertThat(row.getString(3)).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void invalidCredentialsAreRefused() {
        Api.TestTenant tenant = Api.newTenant();
        Api.assertProblem(Api.operator().body(Map.of("credentials", Map.of("livekit",
                                Map.of("url", "not a url", "apiKey", "k", "apiSecret", "s"))))
                        .patch("/admin/tenants/" + tenant.slug()).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("livekit.url"));
        Api.assertProblem(Api.operator().body(Map.of("credentials", Map.of("twilio",
                                Map.of("accountSid", "XX1", "authToken", "t", "phoneNumber", "+15550100000"))))
                        .patch("/admin/tenants/" + tenant.slug()).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("twilio.accountSid"));
        Api.operator().get("/admin/tenants/" + tenant.slug()).then().body("capabilities.size()", equalTo(0));
    }

    @Test
    void keysAreListedWithoutTheirSecretAndRevokedOnce() {
        Api.TestTenant tenant = Api.newTenant();
        Api.operator().get("/admin/tenants/" + tenant.slug()).then()
                .body("apiKeys[0].prefix", equalTo(tenant.apiKey().substring(0, 10)))
                .body(not(org.hamcrest.Matchers.containsString(tenant.apiKey())));
        Api.operator().delete("/admin/tenants/" + tenant.slug() + "/api-keys/" + tenant.keyId()).then().statusCode(204);
        Api.assertProblem(Api.operator().delete("/admin/tenants/" + tenant.slug() + "/api-keys/" + tenant.keyId()).then(),
                404, "not-found");
        Api.operator().get("/admin/tenants/" + tenant.slug()).then().body("apiKeys[0].revokedAt", org.hamcrest.Matchers.notNullValue());
    }
}
