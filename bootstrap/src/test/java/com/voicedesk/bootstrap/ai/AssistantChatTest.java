package com.voicedesk.bootstrap.ai;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.voicedesk.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The admin assistant over HTTP: function calling against a local OpenAI stand-in with the tools really run,
 * tenant isolation of the tools, the offline rules with navigation commands on a LiveKit stand-in, and spoken
 * replies stored and served.
 */
@QuarkusTest
class AssistantChatTest {

    @Test
    void aToolCallingExchangeRunsTheToolsAndKeepsTheConversation() {
        Api.TestTenant tenant = Api.newTenant();
        String key = ProviderStandIn.connectOpenAi(tenant);
        String sarah = Api.createContact(tenant, Map.of("name", "Sarah Johnson", "eventType", "WEDDING"));
        String scenario = "chat-" + tenant.slug();
        var server = ProviderStandIn.server();
        server.stubFor(ProviderStandIn.chat(key).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ProviderStandIn.toolCalls("call_1", "search_contacts",
                        Map.of("query", "Sarah", "limit", 5))).willSetStateTo("searched"));
        server.stubFor(ProviderStandIn.chat(key).inScenario(scenario).whenScenarioStateIs("searched")
                .willReturn(ProviderStandIn.toolCalls(
                        "call_2", "add_contact_note", Map.of("contactId", sarah, "text", "Prefers e-mail; wants uplighting."),
                        "call_3", "update_lead_status", Map.of("contactId", sarah, "status", "QUALIFIED",
                                "reason", "budget and date confirmed")))
                .willSetStateTo("acted"));
        server.stubFor(ProviderStandIn.chat(key).inScenario(scenario).whenScenarioStateIs("acted")
                .willReturn(ProviderStandIn.text("I added the note and marked Sarah Johnson as qualified."))
                .willSetStateTo("replied"));
        server.stubFor(ProviderStandIn.chat(key).inScenario(scenario).whenScenarioStateIs("replied")
                .willReturn(ProviderStandIn.text("You're welcome.")));

        ExtractableResponse<Response> first = tenant.request()
                .body(Map.of("message", "Add a note to Sarah's file that she prefers e-mail and wants uplighting, "
                        + "and mark her as qualified."))
                .post("/api/assistant/chat").then().statusCode(200)
                .body("reply", equalTo("I added the note and marked Sarah Johnson as qualified."))
                .body("model", equalTo("openai:gpt-4o-mini"))
                .body("turn", equalTo(1))
                .body("functions.name", contains("search_contacts", "add_contact_note", "update_lead_status"))
                .body("functions.ok", contains(true, true, true))
                .body("functions[0].result.contacts[0].id", equalTo(sarah))
                .body("functions[2].result.leadStatus", equalTo("QUALIFIED"))
                .body("commands.action", contains("refresh", "refresh"))
                .body("commands[0].target", equalTo("contact"))
                .body("speech.status", equalTo("NOT_REQUESTED"))
                .body("delivery", nullValue())
                .extract();

        // the database shows what the tools did
        tenant.request().get("/api/contacts/" + sarah + "/notes").then().statusCode(200)
                .body("", hasSize(1)).body("[0].text", equalTo("Prefers e-mail; wants uplighting."))
                .body("[0].source", equalTo("ASSISTANT"));
        tenant.request().get("/api/contacts/" + sarah).then().body("leadStatus", equalTo("QUALIFIED"));
        tenant.request().get("/api/contacts/" + sarah + "/lead-status").then()
                .body("[-1].source", equalTo("ASSISTANT")).body("[-1].reason", equalTo("budget and date confirmed"));
        // the model saw the tools' results
        List<LoggedRequest> requests = ProviderStandIn.requests(ProviderStandIn.CHAT, key);
        assertThat(requests).hasSize(3);
        assertThat(requests.get(1).getBodyAsString()).contains("\"tool\"").contains("Sarah Johnson").contains(sarah);

        // the conversation goes on with its history
        String conversation = first.path("conversationId");
        tenant.request().body(Map.of("message", "Thanks!", "conversationId", conversation))
                .post("/api/assistant/chat").then().statusCode(200)
                .body("reply", equalTo("You're welcome.")).body("turn", equalTo(2));
        assertThat(ProviderStandIn.requests(ProviderStandIn.CHAT, key).get(3).getBodyAsString())
                .contains("mark her as qualified").contains("Prefers e-mail");
        tenant.request().get("/api/assistant/conversations/" + conversation).then().statusCode(200)
                .body("turns", hasSize(2))
                .body("turns[0].functions.name", contains("search_contacts", "add_contact_note", "update_lead_status"))
                .body("turns[1].message", equalTo("Thanks!"));
        Api.newTenant().request().get("/api/assistant/conversations/" + conversation).then().statusCode(404);
    }

    @Test
    void toolsFindNothingOfAnotherTenant() {
        Api.TestTenant tenant = Api.newTenant();
        String key = ProviderStandIn.connectOpenAi(tenant);
        Api.TestTenant other = Api.newTenant();
        String theirs = Api.createContact(other, Map.of("name", "Someone Else"));
        String scenario = "isolation-" + tenant.slug();
        var server = ProviderStandIn.server();
        server.stubFor(ProviderStandIn.chat(key).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ProviderStandIn.toolCalls(
                        "call_1", "get_contact", Map.of("contactId", theirs),
                        "call_2", "add_contact_note", Map.of("contactId", theirs, "text", "sneaky"),
                        "call_3", "update_lead_status", Map.of("contactId", theirs, "status", "LOST")))
                .willSetStateTo("done"));
        server.stubFor(ProviderStandIn.chat(key).inScenario(scenario).whenScenarioStateIs("done")
                .willReturn(ProviderStandIn.text("I could not find that contact.")));

        tenant.request().body(Map.of("message", "Mark contact " + theirs + " as lost")).post("/api/assistant/chat")
                .then().statusCode(200)
                .body("functions.ok", contains(false, false, false))
                .body("functions.result.error", contains("not_found", "not_found", "not_found"))
                .body("commands", hasSize(0));

        other.request().get("/api/contacts/" + theirs + "/notes").then().body("", hasSize(0));
        other.request().get("/api/contacts/" + theirs).then().body("leadStatus", equalTo("NEW"));
    }

    @Test
    void withoutAKeyQuickActionsAndNavigationRunOfflineAndReachTheRoom() {
        Api.TestTenant tenant = Api.newTenant();
        ProviderStandIn.connectLiveKit(tenant);
        Api.createContact(tenant, Map.of("name", "Mike Johnson", "eventType", "CORPORATE"));
        String wedding = Api.createContact(tenant, Map.of("name", "Sarah Johnson", "eventType", "WEDDING"));

        String conversation = tenant.request().body(Map.of("message", "Mark the Johnson wedding as booked",
                        "room", "assistant-admin-1", "identity", "admin-1", "speak", true))
                .post("/api/assistant/chat").then().statusCode(200)
                .body("model", equalTo("rules"))
                .body("reply", equalTo("Sarah Johnson is now booked."))
                .body("functions.name", contains("search_contacts", "update_lead_status"))
                .body("commands[0].action", equalTo("refresh"))
                .body("commands[0].ids", contains(wedding))
                .body("speech.status", equalTo("UNAVAILABLE"))
                .body("speech.detail", containsString("no OpenAI key"))
                .body("delivery.room", equalTo("assistant-admin-1"))
                .body("delivery.published", equalTo(true))
                .extract().path("conversationId");
        tenant.request().get("/api/contacts/" + wedding).then().body("leadStatus", equalTo("BOOKED"));

        List<String> packets = sentData(conversation);
        assertThat(packets).hasSize(2);
        assertThat(packets.get(0)).contains("assistant").contains("\"type\":\"reply\"")
                .contains("\"text\":\"Sarah Johnson is now booked.\"").contains("admin-1");
        assertThat(packets.get(1)).contains("navigation")
                .contains("\"action\":\"refresh\",\"target\":\"contact\",\"ids\":[\"" + wedding + "\"]");

        tenant.request().body(Map.of("message", "Show invoices", "conversationId", conversation,
                        "room", "assistant-admin-1"))
                .post("/api/assistant/chat").then().statusCode(200)
                .body("reply", equalTo("Showing invoices."))
                .body("commands[0].action", equalTo("show"))
                .body("commands[0].target", equalTo("invoices"));
        assertThat(sentData(conversation)).hasSize(4).last().asString().contains("\"target\":\"invoices\"");
    }

    @Test
    void aProviderFailureBeforeAnyToolFallsBackToTheOfflineRules() {
        Api.TestTenant tenant = Api.newTenant();
        String key = ProviderStandIn.connectOpenAi(tenant);
        ProviderStandIn.server().stubFor(ProviderStandIn.chat(key).willReturn(aResponse().withStatus(503)));

        tenant.request().body(Map.of("message", "Open the dashboard")).post("/api/assistant/chat").then()
                .statusCode(200)
                .body("model", equalTo("rules (fallback: openai unavailable)"))
                .body("commands[0].target", equalTo("dashboard"));
    }

    @Test
    void aSpokenReplyIsStoredAndServedWithItsContentType() {
        Api.TestTenant tenant = Api.newTenant();
        String key = ProviderStandIn.connectOpenAi(tenant);
        byte[] mp3 = ("ID3" + "fake-mpeg-frames-".repeat(40)).getBytes(StandardCharsets.US_ASCII);
        var server = ProviderStandIn.server();
        server.stubFor(ProviderStandIn.chat(key).willReturn(ProviderStandIn.text("Sarah's wedding is on June 13th.")));
        server.stubFor(post(urlEqualTo(ProviderStandIn.SPEECH)).withHeader("Authorization",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + key))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg").withBody(mp3)));

        String url = tenant.request().body(Map.of("message", "When is Sarah's wedding?", "speak", true))
                .post("/api/assistant/chat").then().statusCode(200)
                .body("speech.status", equalTo("STORED"))
                .body("speech.contentType", equalTo("audio/mpeg"))
                .body("speech.audioUrl", startsWith("/api/assistant/replies/"))
                .extract().path("speech.audioUrl");

        byte[] served = tenant.request().get(url).then().statusCode(200)
                .contentType("audio/mpeg")
                .extract().asByteArray();
        assertThat(Arrays.equals(served, mp3)).isTrue();
        String spoken = ProviderStandIn.requests(ProviderStandIn.SPEECH, key).getFirst().getBodyAsString();
        assertThat(spoken).contains("\"model\":\"gpt-4o-mini-tts\"").contains("\"voice\":\"alloy\"")
                .contains("\"input\":\"Sarah's wedding is on June 13th.\"").contains("\"response_format\":\"mp3\"");
        Api.assertProblem(Api.newTenant().request().get(url).then(), 404, "not-found");
    }

    @Test
    void anEmptyMessageIsRefused() {
        Api.assertProblem(Api.newTenant().request().body(Map.of("message", " ")).post("/api/assistant/chat").then(),
                400, "validation-failed");
    }

    /** The SendData packets the LiveKit stand-in received for one conversation, oldest first, as text. */
    private static List<String> sentData(String conversation) {
        return ProviderStandIn.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                        .postRequestedFor(urlEqualTo(ProviderStandIn.SEND_DATA))).stream()
                .map(r -> new String(r.getBody(), StandardCharsets.UTF_8))
                .filter(body -> body.contains(conversation))
                .toList();
    }
}
