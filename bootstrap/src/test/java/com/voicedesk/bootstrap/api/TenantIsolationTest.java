package com.voicedesk.bootstrap.api;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.CallFixtures;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.transcript.Speaker;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

/** With tenant B's key, tenant A's rows do not exist: every read or write is a 404, lists never show them. */
@QuarkusTest
class TenantIsolationTest {

    @Inject
    CallFixtures fixtures;

    @Test
    void anotherTenantsContactIsNotFoundForAnyOperation() {
        Api.TestTenant a = Api.newTenant();
        Api.TestTenant b = Api.newTenant();
        String contact = Api.createContact(a, Map.of("name", "Sarah (A)", "phone", "+15550102000"));
        String path = "/api/contacts/" + contact;

        Api.assertProblem(b.request().get(path).then(), 404, "not-found");
        Api.assertProblem(b.request().body(Map.of("venue", "Hijacked")).patch(path).then(), 404, "not-found");
        Api.assertProblem(b.request().get(path + "/notes").then(), 404, "not-found");
        Api.assertProblem(b.request().body(Map.of("text", "x")).post(path + "/notes").then(), 404, "not-found");
        Api.assertProblem(b.request().get(path + "/lead-status").then(), 404, "not-found");
        Api.assertProblem(b.request().body(Map.of("status", "LOST")).put(path + "/lead-status").then(), 404, "not-found");

        a.request().get(path).then().statusCode(200).body("venue", equalTo(null)).body("leadStatus", equalTo("NEW"));
        a.request().get(path + "/notes").then().body("size()", equalTo(0));
    }

    @Test
    void listsAndSearchesNeverShowAnotherTenantsRows() {
        Api.TestTenant a = Api.newTenant();
        Api.TestTenant b = Api.newTenant();
        Api.createContact(a, Map.of("name", "Shared Name", "phone", "+15550102000"));
        Api.createContact(b, Map.of("name", "Shared Name B"));

        b.request().get("/api/contacts").then().body("total", equalTo(1)).body("items.name", everyItem(equalTo("Shared Name B")));
        b.request().queryParam("q", "Shared").get("/api/contacts").then().body("total", equalTo(1));
        b.request().queryParam("q", "5550102").get("/api/contacts").then().body("total", equalTo(0));
    }

    @Test
    void anotherTenantsCallIsNotFoundAndNotListed() {
        Api.TestTenant a = Api.newTenant();
        Api.TestTenant b = Api.newTenant();
        String contact = Api.createContact(a, Map.of("name", "Sarah (A)"));
        Call call = fixtures.inboundCall(a.tenantId(), ContactId.of(contact), "CA-iso-" + a.slug(), Instant.now());
        fixtures.segment(a.tenantId(), call.id(), "dg-1", Speaker.CALLER, "private words", 0);
        fixtures.analysis(a.tenantId(), call.id());

        Api.assertProblem(b.request().get("/api/calls/" + call.id()).then(), 404, "not-found");
        b.request().get("/api/calls").then().body("total", equalTo(0));
        b.request().queryParam("contactId", contact).get("/api/calls").then().body("total", equalTo(0));
        a.request().get("/api/calls/" + call.id()).then().statusCode(200).body("transcript.size()", equalTo(1));
    }

    @Test
    void aTenantCannotAppendToAnotherTenantsCall() {
        Api.TestTenant a = Api.newTenant();
        Api.TestTenant b = Api.newTenant();
        Call call = fixtures.inboundCall(a.tenantId(), null, "CA-iso2-" + a.slug(), Instant.now());
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        fixtures.segment(b.tenantId(), call.id(), "dg-x", Speaker.CALLER, "injected", 0))
                .isInstanceOf(com.voicedesk.domain.shared.NotFoundException.class);
        a.request().get("/api/calls/" + call.id()).then().body("transcript.text", not(org.hamcrest.Matchers.hasItem("injected")));
    }
}
