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

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CallApiTest {

    @Inject
    CallFixtures fixtures;

    @Test
    void listsCallsNewestFirstWithFilters() {
        Api.TestTenant tenant = Api.newTenant();
        String sarah = Api.createContact(tenant, Map.of("name", "Sarah"));
        String tom = Api.createContact(tenant, Map.of("name", "Tom"));
        Instant t0 = Instant.parse("2026-11-01T15:00:00Z");
        Call first = fixtures.inboundCall(tenant.tenantId(), ContactId.of(sarah), "CA-" + tenant.slug() + "-1", t0);
        fixtures.complete(first, t0.plusSeconds(5), t0.plusSeconds(125));
        fixtures.inboundCall(tenant.tenantId(), ContactId.of(tom), "CA-" + tenant.slug() + "-2", t0.plusSeconds(3600));

        tenant.request().get("/api/calls").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.status", contains("RINGING", "COMPLETED"))
                .body("items[1].durationSeconds", equalTo(125))
                .body("items[1].talkSeconds", equalTo(120))
                .body("items[0].durationSeconds", nullValue());
        tenant.request().queryParam("status", "completed").get("/api/calls").then()
                .body("items.contactId", contains(sarah));
        tenant.request().queryParam("contactId", tom).get("/api/calls").then().body("items", hasSize(1));
        tenant.request().queryParam("direction", "OUTBOUND").get("/api/calls").then().body("total", equalTo(0));
        tenant.request().queryParam("since", "2026-11-01T15:30:00Z").get("/api/calls").then()
                .body("items.contactId", contains(tom));
        tenant.request().queryParam("until", "2026-11-01").get("/api/calls").then().body("total", equalTo(0));
        Api.assertProblem(tenant.request().queryParam("since", "2026-11-02").queryParam("until", "2026-11-01")
                .get("/api/calls").then(), 400, "validation-failed");
    }

    @Test
    void detailHasTheTranscriptInOrderAndTheAnalysis() {
        Api.TestTenant tenant = Api.newTenant();
        String sarah = Api.createContact(tenant, Map.of("name", "Sarah"));
        Call call = fixtures.inboundCall(tenant.tenantId(), ContactId.of(sarah), "CA-" + tenant.slug(), Instant.now());
        fixtures.segment(tenant.tenantId(), call.id(), "dg-1", Speaker.CALLER, "Hi, I'm planning a wedding.", 0);
        fixtures.segment(tenant.tenantId(), call.id(), "dg-2", Speaker.AGENT, "Congratulations! When is it?", 2000);
        fixtures.segment(tenant.tenantId(), call.id(), "dg-1", Speaker.CALLER, "Hi, I'm planning a wedding.", 0);

        tenant.request().get("/api/calls/" + call.id()).then().statusCode(200)
                .body("call.id", equalTo(call.id().toString()))
                .body("transcript.sequence", contains(1, 2))
                .body("transcript.speaker", contains("CALLER", "AGENT"))
                .body("analysis", nullValue());

        fixtures.analysis(tenant.tenantId(), call.id());
        tenant.request().get("/api/calls/" + call.id()).then().statusCode(200)
                .body("analysis.sentiment", equalTo("HOT"))
                .body("analysis.facts.guestCount", equalTo(150))
                .body("analysis.facts.eventDate", equalTo("2027-06-12"))
                .body("analysis.proposedLeadStatus", equalTo("QUALIFIED"))
                .body("analysis.actionItems", hasSize(2))
                .body("analysis.applied[0].field", equalTo("guestCount"));
    }

    @Test
    void anUnknownCallIsNotFound() {
        Api.TestTenant tenant = Api.newTenant();
        Api.assertProblem(tenant.request().get("/api/calls/" + java.util.UUID.randomUUID()).then(), 404, "not-found");
    }
}
