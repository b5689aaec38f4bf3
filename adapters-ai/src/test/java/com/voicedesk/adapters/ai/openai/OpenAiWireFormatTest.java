package com.voicedesk.adapters.ai.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.voicedesk.domain.analysis.AnalysisRequest;
import com.voicedesk.domain.analysis.AnalyzerOutput;
import com.voicedesk.domain.analysis.CallOutcome;
import com.voicedesk.domain.analysis.CustomFact;
import com.voicedesk.domain.analysis.FactField;
import com.voicedesk.domain.assistant.ChatMessage;
import com.voicedesk.domain.assistant.ModelRequest;
import com.voicedesk.domain.assistant.ToolDefinition;
import com.voicedesk.domain.assistant.ToolParameter;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallDirection;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.call.TranscriptStatus;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.AssistantPersona;
import com.voicedesk.domain.transcript.Speaker;
import com.voicedesk.domain.transcript.TranscriptSegment;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OpenAI adapters' requests and answers against a local server speaking OpenAI's chat-completions wire
 * format: what goes out (strict JSON schema, strict tool schemas, the prompt's date) and how answers map back.
 */
class OpenAiWireFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final Instant NOW = Instant.parse("2026-03-04T17:30:00Z");
    private static WireMockServer server;
    private OpenAiChatModel model;

    @BeforeAll
    static void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
        model = OpenAiClients.chatModel(server.baseUrl() + "/v1", "sk-test", "gpt-4o-mini",
                new TestOpenAiConfig(server.baseUrl() + "/v1", Duration.ofSeconds(5)));
    }

    @Test
    void analysisAsksForStrictStructuredOutputAndMapsTheAnswer() throws Exception {
        String analysis = """
                {"summary":"Sarah called about her wedding.","actionItems":["Send a proposal"],"eventType":"WEDDING",
                 "eventDate":"2026-06-13","guestCount":150,"venue":"The Peabody","budgetAmount":2500.0,
                 "extraFacts":[{"key":"ceremony_time","value":"4 pm"},{"key":"unknown","value":"x"}],
                 "sentiment":"HOT","sentimentReason":"wants to book","outcome":"QUALIFIED",
                 "proposedLeadStatus":"QUALIFIED","followUp":{"purpose":"FOLLOW_UP","notBefore":"2026-03-06T10:00","note":null},
                 "changedFacts":["GUEST_COUNT"]}""";
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(completion(JSON.writeValueAsString(
                Map.of("role", "assistant", "content", analysis)), "stop")));
        AnalysisRequest request = request();

        String answer = model.chat(OpenAiCallAnalyzer.chatRequest(request, 60_000)).aiMessage().text();
        AnalyzerOutput output = OpenAiCallAnalyzer.toOutput(request, answer, "openai:gpt-4o-mini");

        JsonNode sent = JSON.readTree(onlyRequest().getBodyAsString());
        assertThat(sent.path("model").asText()).isEqualTo("gpt-4o-mini");
        JsonNode format = sent.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        JsonNode schema = format.path("json_schema").path("schema");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("required")).hasSize(OpenAiCallAnalyzer.SCHEMA.properties().size());
        assertThat(schema.path("properties").path("eventDate").path("type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(schema.path("properties").path("outcome").path("enum").toString()).contains("VOICEMAIL");
        String system = sent.path("messages").get(0).path("content").asText();
        assertThat(system).contains("Today is Wednesday, 2026-03-04 in the time zone America/Chicago")
                .contains("ceremony_time: When the ceremony starts");
        assertThat(sent.path("messages").get(1).path("content").asText()).contains("CALLER: We're getting married");

        var a = output.analysis();
        assertThat(a.analyzer()).isEqualTo("openai:gpt-4o-mini");
        assertThat(a.facts().eventType()).isEqualTo(EventType.WEDDING);
        assertThat(a.facts().eventDate()).isEqualTo(LocalDate.of(2026, 6, 13));
        assertThat(a.facts().guestCount()).isEqualTo(150);
        assertThat(a.facts().budget().toString()).isEqualTo("2500.00 USD");
        assertThat(a.facts().extra()).containsExactly(Map.entry("ceremony_time", "4 pm"));
        assertThat(a.outcome()).isEqualTo(CallOutcome.QUALIFIED);
        assertThat(a.proposedLeadStatus()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(a.followUp().notBefore()).isEqualTo(Instant.parse("2026-03-06T16:00:00Z"));
        assertThat(output.statedChanges()).containsExactly(FactField.GUEST_COUNT);
    }

    @Test
    void anAnswerThatDoesNotMatchTheSchemaIsAProviderFailure() {
        assertThatThrownBy(() -> OpenAiCallAnalyzer.toOutput(request(), "{\"summary\": 12, \"outcome\": \"MAYBE\"}", "x"))
                .isInstanceOf(OpenAiFailure.Rejected.class);
    }

    @Test
    void toolCallsGoOutWithStrictSchemasAndComeBackAsToolCalls() throws Exception {
        Map<String, Object> message = Map.of("role", "assistant", "tool_calls", List.of(Map.of("id", "call_1",
                "type", "function", "function", Map.of("name", "search_contacts",
                        "arguments", "{\"query\":\"Sarah\",\"leadStatus\":null,\"limit\":null}"))));
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(completion(JSON.writeValueAsString(message),
                "tool_calls")));
        ToolDefinition search = new ToolDefinition("search_contacts", "Find contacts", List.of(
                ToolParameter.optional("query", ToolParameter.Type.STRING, "name"),
                ToolParameter.optional("leadStatus", ToolParameter.Type.STRING, "status").allowing(List.of("NEW", "LOST")),
                ToolParameter.optional("limit", ToolParameter.Type.INTEGER, "max")));
        ModelRequest request = new ModelRequest("You are the assistant.", List.of(
                new ChatMessage.User("earlier"), ChatMessage.Assistant.text("answer"),
                new ChatMessage.User("find Sarah")), List.of(search), LocalDate.of(2026, 3, 4), ZONE);

        ChatMessage.Assistant reply = AssistantMessages.fromModel(model.chat(OpenAiAssistantModel.chatRequest(request)).aiMessage());

        JsonNode sent = JSON.readTree(onlyRequest().getBodyAsString());
        JsonNode tool = sent.path("tools").get(0).path("function");
        assertThat(tool.path("name").asText()).isEqualTo("search_contacts");
        assertThat(tool.path("strict").asBoolean()).isTrue();
        assertThat(tool.path("parameters").path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(tool.path("parameters").path("properties").path("leadStatus").path("enum").toString())
                .isEqualTo("[\"NEW\",\"LOST\"]");
        assertThat(sent.path("messages")).hasSize(4);
        assertThat(reply.requestsTools()).isTrue();
        assertThat(reply.toolCalls().getFirst().id()).isEqualTo("call_1");
        assertThat(reply.toolCalls().getFirst().arguments()).containsEntry("query", "Sarah").containsEntry("limit", null);
    }

    @Test
    void aServerErrorIsATransientProviderFailure() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":{\"message\":\"boom\"}}")));
        ModelRequest request = new ModelRequest("x", List.of(new ChatMessage.User("hi")), List.of(),
                LocalDate.of(2026, 3, 4), ZONE);

        Throwable failure = catchFailure(() -> model.chat(OpenAiAssistantModel.chatRequest(request)));

        ProviderUnavailableException mapped = OpenAiFailure.of(failure);
        assertThat(mapped).isInstanceOf(OpenAiFailure.Transient.class);
        assertThat(mapped.getMessage()).contains("openai").contains("server error");
    }

    @Test
    void aBadKeyIsARejectionNotRetried() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"message\":\"Incorrect API key\"}}")));
        ModelRequest request = new ModelRequest("x", List.of(new ChatMessage.User("hi")), List.of(),
                LocalDate.of(2026, 3, 4), ZONE);

        Throwable failure = catchFailure(() -> model.chat(OpenAiAssistantModel.chatRequest(request)));

        assertThat(OpenAiFailure.of(failure)).isInstanceOf(OpenAiFailure.Rejected.class);
    }

    private static Throwable catchFailure(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder completion(String messageJson, String finish) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"id":"chatcmpl-1","object":"chat.completion","created":1772640000,"model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":%s,"finish_reason":"%s"}],
                 "usage":{"prompt_tokens":100,"completion_tokens":50,"total_tokens":150}}""".formatted(messageJson, finish));
    }

    private static AnalysisRequest request() {
        Call call = new Call(CallId.random(), TenantId.random(), null, CallDirection.INBOUND, CallPurpose.INQUIRY,
                CallStatus.COMPLETED, "+19015550143", "+19015550100", "CA1", null, TranscriptStatus.COMPLETE, List.of(),
                NOW, NOW, NOW, 0);
        List<TranscriptSegment> transcript = List.of(
                new TranscriptSegment(call.id(), 1, "s1", Speaker.AGENT, null, "M10 DJ Company, this is Ben.",
                        Duration.ZERO, Duration.ofSeconds(2), 0.9, NOW),
                new TranscriptSegment(call.id(), 2, "s2", Speaker.CALLER, null, "We're getting married June 13th.",
                        Duration.ofSeconds(2), Duration.ofSeconds(5), 0.9, NOW));
        return new AnalysisRequest(call, null, transcript, new AssistantPersona("Ben", "M10 DJ Company", null), ZONE,
                Currency.getInstance("USD"), List.of(new CustomFact("ceremony_time", "When the ceremony starts", null)), NOW);
    }
}
