package com.voicedesk.bootstrap.operations;

import com.voicedesk.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

/** What operators and tools rely on: probes, metrics, the API description. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessIncludesTheDatabaseAndSaysWhatIsOn() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Reactive PostgreSQL connections health check"))
                .body("checks.find { it.name == 'capabilities' }.data.tenantAdministration", startsWith("on:"))
                .body("checks.find { it.name == 'capabilities' }.data.providerCredentialStorage", startsWith("on:"))
                .body("checks.find { it.name == 'capabilities' }.data.audioTaps", startsWith("on: LiveKit egress streams to"))
                .body("checks.find { it.name == 'capabilities' }.data.speechToText", containsString("per tenant"))
                .body("checks.find { it.name == 'capabilities' }.data.languageModel", containsString("offline"));
        RestAssured.get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsIncludeTheApi() {
        Api.TestTenant tenant = Api.newTenant();
        tenant.request().get("/api/contacts").then().statusCode(200);
        RestAssured.get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/contacts\""));
    }

    @Test
    void prometheusMetricsCountContactReadsAndTheirQueries() {
        Api.TestTenant tenant = Api.newTenant();
        String id = Api.createContact(tenant, Map.of("name", "Metered Reader", "phone", "+15550107777"));
        double readsBefore = metric("voicedesk_contact_reads_total");
        double queriesBefore = metric("voicedesk_contact_read_queries_total");

        tenant.request().get("/api/contacts/" + id).then().statusCode(200);

        assertThat(metric("voicedesk_contact_reads_total")).isGreaterThanOrEqualTo(readsBefore + 1);
        assertThat(metric("voicedesk_contact_read_queries_total")).isGreaterThanOrEqualTo(queriesBefore + 1);
    }

    private static double metric(String name) {
        String body = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not exported"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndItsSecurity() {
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/contacts"))
                .body("paths", hasKey("/api/contacts/{id}/lead-status"))
                .body("paths", hasKey("/api/calls/{id}"))
                .body("paths", hasKey("/admin/tenants"))
                // the stream is a Vert.x route, described by META-INF/openapi.yaml and merged in
                .body("paths.'/api/notifications/stream'.get.responses", hasKey("200"))
                .body("paths.'/api/notifications/stream'.get.responses.'401'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas", hasKey("Problem"))
                .body("info.title", equalTo("VoiceDesk API"))
                .body("components.securitySchemes", hasKey("bearer"));
        RestAssured.get("/q/swagger-ui/").then().statusCode(200);
    }
}
