package com.voicedesk.bootstrap.ai;

import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Call analysis end to end: a completed call's CallCompleted event in the outbox, the relay handing it to the
 * analysis, the analysis applied to the CRM. The language model is a local stand-in speaking OpenAI's protocol.
 */
@QuarkusTest
class CallAnalysisFlowTest {

    private static final List<String> WEDDING_CALL = List.of(
            "AGENT: Thanks for calling M10 DJ Company, this is Ben.",
            "CALLER: Hi, it's Sarah. We're getting married June 13th at The Peabody.",
            "AGENT: Congratulations! How many guests?",
            "CALLER: The list just went up, it's 180 now instead of 150. Our budget is about $2,500.",
            "AGENT: Great, I'll send a proposal.");

    @Inject
    CallFixtures fixtures;

    @Test
    void aStructuredAnalysisIsAppliedToTheContactOnce() throws Throwable {
        Api.TestTenant tenant = Api.newTenant();
        String key = ProviderStandIn.connectOpenAi(tenant);
        TenantId tenantId = CallFixtures.tenantId(tenant);
        // what the admin entered: a venue and a guest count the call will state a change of
        String contact = Api.createContact(tenant, Map.of("name", "Sarah Johnson", "venue", "Peabody Hotel",
                "guestCount", 150));
        ProviderStandIn.server().stubFor(ProviderStandIn.chat(key).willReturn(ProviderStandIn.text(ProviderStandIn.write(
                Map.ofEntries(
                        Map.entry("summary", "Sarah called about her wedding on June 13 at The Peabody; 180 guests now."),
                        Map.entry("actionItems", List.of("Send a proposal for 180 guests")),
                        Map.entry("eventType", "WEDDING"), Map.entry("eventDate", "2026-06-13"),
                        Map.entry("guestCount", 180), Map.entry("venue", "The Peabody"),
                        Map.entry("budgetAmount", 2500), Map.entry("extraFacts", List.of()),
                        Map.entry("sentiment", "HOT"), Map.entry("sentimentReason", "eager to book"),
                        Map.entry("outcome", "QUALIFIED"), Map.entry("proposedLeadStatus", "QUALIFIED"),
                        Map.entry("followUp", Map.of("purpose", "FOLLOW_UP", "notBefore", "2026-03-06T10:00",
                                "note", "Check the proposal was received")),
                        Map.entry("changedFacts", List.of("GUEST_COUNT")))))));
        Call call = fixtures.completedCall(tenantId, contact, WEDDING_CALL);

        fixtures.announce(call, 2); // delivered twice: analysed and applied once

        awaitAnalysis(tenant, call);
        tenant.request().get("/api/calls/" + call.id()).then().statusCode(200)
                .body("analysis.analyzer", equalTo("openai:gpt-4o-mini"))
                .body("analysis.outcome", equalTo("QUALIFIED"))
                .body("analysis.facts.eventDate", equalTo("2026-06-13"))
                .body("analysis.applied.field", hasItem("guestCount"));
        tenant.request().get("/api/contacts/" + contact).then().statusCode(200)
                .body("guestCount", equalTo(180))            // the call stated the change
                .body("venue", equalTo("Peabody Hotel"))     // the admin's value, not overwritten
                .body("eventDate", equalTo("2026-06-13"))    // was blank: filled
                .body("eventType", equalTo("WEDDING"))
                .body("budget.amount", equalTo(2500.00f))
                .body("leadStatus", equalTo("QUALIFIED"));
        String applied = fixtures.text("select applied::text from call_analyses where call_id = $1", call.id().value());
        assertThat(applied).contains("\"field\": \"guestCount\", \"newValue\": \"180\", \"oldValue\": \"150\"")
                .doesNotContain("\"venue\"");
        tenant.request().get("/api/contacts/" + contact + "/notes").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].text", startsWith("Call summary (openai:gpt-4o-mini): Sarah called about her wedding"))
                .body("[0].source", equalTo("CALL_ANALYSIS"));
        tenant.request().get("/api/contacts/" + contact + "/lead-status").then().statusCode(200)
                .body("[-1].to", equalTo("QUALIFIED")).body("[-1].source", equalTo("CALL_ANALYSIS"));
        assertThat(fixtures.count("select count(*) from notifications where tenant_id = $1 and type = 'CALL_SUMMARY_READY'",
                tenantId.value())).isEqualTo(1);
        assertThat(fixtures.count("select count(*) from call_plans where tenant_id = $1 and contact_id = $2"
                + " and purpose = 'FOLLOW_UP' and status = 'SCHEDULED'", tenantId.value(), java.util.UUID.fromString(contact)))
                .isEqualTo(1);
        // both deliveries were handled, and the model was asked once
        await().atMost(Duration.ofSeconds(10)).until(() -> fixtures.count("select count(*) from outbox_events where "
                + "tenant_id = $1 and type = 'CallCompleted' and processed_at is null", tenantId.value()) == 0);
        assertThat(ProviderStandIn.requests(ProviderStandIn.CHAT, key)).hasSize(1);
        String prompt = ProviderStandIn.requests(ProviderStandIn.CHAT, key).getFirst().getBodyAsString();
        assertThat(prompt).contains("Today is " + LocalDate.now(ZoneId.of("America/Chicago")).getDayOfWeek()
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)).containsPattern("\"strict\"\\s*:\\s*true");
    }

    @Test
    void aProviderErrorIsRetriedThenTheOfflineRulesWriteTheNotes() throws Throwable {
        Api.TestTenant tenant = Api.newTenant();
        String key = ProviderStandIn.connectOpenAi(tenant);
        TenantId tenantId = CallFixtures.tenantId(tenant);
        String contact = Api.createContact(tenant, Map.of("name", "Sarah Johnson"));
        ProviderStandIn.server().stubFor(ProviderStandIn.chat(key).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":{\"message\":\"The server had an error\"}}")));
        Call call = fixtures.completedCall(tenantId, contact, WEDDING_CALL);

        fixtures.announce(call, 1);

        awaitAnalysis(tenant, call);
        tenant.request().get("/api/calls/" + call.id()).then().statusCode(200)
                .body("analysis.analyzer", equalTo("rules (fallback: openai unavailable)"))
                .body("analysis.facts.eventDate", notNullValue())
                .body("analysis.facts.guestCount", equalTo(180))
                .body("transcript", hasSize(WEDDING_CALL.size()));
        // the outbox waited for the provider once (attempts = 2 in tests) before falling back
        assertThat(ProviderStandIn.requests(ProviderStandIn.CHAT, key)).hasSize(2);
        assertThat(fixtures.count("select max(attempts) from outbox_events where tenant_id = $1 and type = 'CallCompleted'",
                tenantId.value())).isEqualTo(2);
        tenant.request().get("/api/contacts/" + contact).then().body("guestCount", equalTo(180));
    }

    @Test
    void aProviderTimeoutEndsTheSameWay() throws Throwable {
        Api.TestTenant tenant = Api.newTenant();
        String key = ProviderStandIn.connectOpenAi(tenant);
        TenantId tenantId = CallFixtures.tenantId(tenant);
        ProviderStandIn.server().stubFor(ProviderStandIn.chat(key)
                .willReturn(ProviderStandIn.text("{}").withFixedDelay(6_000)));
        Call call = fixtures.completedCall(tenantId, null, WEDDING_CALL);

        fixtures.announce(call, 1);

        awaitAnalysis(tenant, call);
        tenant.request().get("/api/calls/" + call.id()).then().statusCode(200)
                .body("analysis.analyzer", equalTo("rules (fallback: openai unavailable)"))
                .body("analysis.outcome", notNullValue());
        assertThat(fixtures.count("select count(*) from notifications where tenant_id = $1 and type = 'CALL_SUMMARY_READY'",
                tenantId.value())).isEqualTo(1);
    }

    @Test
    void withoutAKeyTheOfflineRulesAnalyseAtOnce() throws Throwable {
        Api.TestTenant tenant = Api.newTenant();
        TenantId tenantId = CallFixtures.tenantId(tenant);
        String contact = Api.createContact(tenant, Map.of("name", "Sarah Johnson"));
        Api.operator().body(Map.of("settings", Map.of("timeZone", "America/Chicago"))).patch("/admin/tenants/" + tenant.slug());
        tenant.request().body(Map.of("customFacts", List.of(Map.of("key", "first_dance", "description",
                        "The song of the first dance", "pattern", "first dance (?:is|to) \"?([^\".]+)"))))
                .put("/api/call-analysis/settings").then().statusCode(200);
        Call call = fixtures.completedCall(tenantId, contact, List.of(
                "AGENT: M10 DJ Company.",
                "CALLER: Hi, we're getting married next Saturday at Orion Hall, 90 guests. Our first dance is \"At Last\".",
                "AGENT: Lovely. I'll send the contract.",
                "CALLER: Great, we want to book you."));

        fixtures.announce(call, 1);

        awaitAnalysis(tenant, call);
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        LocalDate nextSaturday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .plusWeeks(1).plusDays(5);
        tenant.request().get("/api/calls/" + call.id()).then().statusCode(200)
                .body("analysis.analyzer", equalTo("rules"))
                .body("analysis.outcome", equalTo("BOOKED"))
                .body("analysis.sentiment", equalTo("HOT"))
                .body("analysis.facts.eventDate", equalTo(nextSaturday.toString()))
                .body("analysis.facts.venue", equalTo("Orion Hall"))
                .body("analysis.facts.extra.first_dance", equalTo("At Last"));
        tenant.request().get("/api/contacts/" + contact).then().body("leadStatus", equalTo("BOOKED"))
                .body("guestCount", equalTo(90));
    }

    private static void awaitAnalysis(Api.TestTenant tenant, Call call) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                tenant.request().get("/api/calls/" + call.id()).then().extract().path("analysis") != null);
    }
}
