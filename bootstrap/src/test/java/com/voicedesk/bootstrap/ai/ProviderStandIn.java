package com.voicedesk.bootstrap.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.voicedesk.bootstrap.support.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * A local server speaking OpenAI's chat-completions and audio/speech wire format, and LiveKit's room API (Twirp),
 * shared by the AI tests. Each tenant gets its own API key, and stubs match on it, so tests never see each
 * other's answers.
 */
final class ProviderStandIn {

    static final String CHAT = "/v1/chat/completions";
    static final String SPEECH = "/v1/audio/speech";
    static final String SEND_DATA = "/twirp/livekit.RoomService/SendData";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    private ProviderStandIn() {
    }

    static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(20));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** A fresh tenant whose OpenAI account is this stand-in; its key is returned for stub matching. */
    static String connectOpenAi(Api.TestTenant tenant) {
        String key = "sk-" + tenant.slug();
        Api.operator().body(Map.of("credentials", Map.of("openai",
                        Map.of("apiKey", key, "baseUrl", server().baseUrl() + "/v1"))))
                .patch("/admin/tenants/" + tenant.slug()).then().statusCode(200);
        return key;
    }

    /** Gives the tenant a LiveKit project on this stand-in, whose SendData accepts everything. */
    static void connectLiveKit(Api.TestTenant tenant) {
        Api.operator().body(Map.of("credentials", Map.of("livekit", Map.of("url", server().baseUrl(),
                        "apiKey", "lk-" + tenant.slug(), "apiSecret", "secret-" + UUID.randomUUID() + UUID.randomUUID()))))
                .patch("/admin/tenants/" + tenant.slug()).then().statusCode(200);
        server().stubFor(post(urlEqualTo(SEND_DATA)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/protobuf").withBody(new byte[0])));
    }

    static com.github.tomakehurst.wiremock.client.MappingBuilder chat(String key) {
        return post(urlEqualTo(CHAT)).withHeader("Authorization", equalTo("Bearer " + key));
    }

    static ResponseDefinitionBuilder text(String content) {
        return completion(Map.of("role", "assistant", "content", content), "stop");
    }

    /** A turn calling tools: {@code calls} are (id, name, arguments) triples. */
    static ResponseDefinitionBuilder toolCalls(Object... calls) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < calls.length; i += 3) {
            list.add(Map.of("id", calls[i], "type", "function", "function",
                    Map.of("name", calls[i + 1], "arguments", write(calls[i + 2]))));
        }
        return completion(Map.of("role", "assistant", "tool_calls", list), "tool_calls");
    }

    private static ResponseDefinitionBuilder completion(Map<String, Object> message, String finish) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(write(Map.of(
                "id", "chatcmpl-" + UUID.randomUUID(), "object", "chat.completion", "created", 1_772_640_000,
                "model", "gpt-4o-mini-2024-07-18",
                "choices", List.of(Map.of("index", 0, "message", message, "finish_reason", finish)),
                "usage", Map.of("prompt_tokens", 100, "completion_tokens", 20, "total_tokens", 120))));
    }

    static List<LoggedRequest> requests(String path, String key) {
        return server().findAll(postRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + key)));
    }

    static String write(Object value) {
        try {
            return value instanceof String s ? s : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
