package com.voicedesk.adapters.ai.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicedesk.domain.assistant.ChatMessage;
import com.voicedesk.domain.assistant.ToolCall;
import com.voicedesk.domain.assistant.ToolDefinition;
import com.voicedesk.domain.assistant.ToolParameter;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps the assistant's conversation and tools to langchain4j's types and back. No SDK type leaves this adapter. */
final class AssistantMessages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private AssistantMessages() {
    }

    static List<dev.langchain4j.data.message.ChatMessage> toModel(String instructions, List<ChatMessage> messages) {
        List<dev.langchain4j.data.message.ChatMessage> out = new ArrayList<>();
        out.add(SystemMessage.from(instructions));
        for (ChatMessage message : messages) {
            out.add(switch (message) {
                case ChatMessage.User user -> UserMessage.from(user.text());
                case ChatMessage.Assistant assistant -> assistant.requestsTools()
                        ? AiMessage.from(assistant.text(), assistant.toolCalls().stream().map(AssistantMessages::request).toList())
                        : AiMessage.from(assistant.text() == null ? "" : assistant.text());
                case ChatMessage.ToolResult result -> ToolExecutionResultMessage.from(result.callId(), result.toolName(),
                        write(result.result()));
            });
        }
        return out;
    }

    private static ToolExecutionRequest request(ToolCall call) {
        return ToolExecutionRequest.builder().id(call.id()).name(call.name()).arguments(write(call.arguments())).build();
    }

    static ChatMessage.Assistant fromModel(AiMessage message) {
        List<ToolCall> calls = new ArrayList<>();
        if (message.hasToolExecutionRequests()) {
            int n = 0;
            for (ToolExecutionRequest request : message.toolExecutionRequests()) {
                String id = request.id() == null || request.id().isBlank() ? "call_" + (++n) : request.id();
                calls.add(new ToolCall(id, request.name(), arguments(request.arguments())));
            }
        }
        String text = message.text() == null || message.text().isBlank() ? null : message.text();
        return new ChatMessage.Assistant(text, calls);
    }

    /** A model's arguments that are not a JSON object arrive as no arguments; the tool then says what it lacks. */
    static Map<String, Object> arguments(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            LinkedHashMap<String, Object> parsed = JSON.readValue(json, OBJECT);
            return parsed == null ? Map.of() : parsed;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tool value cannot be written as JSON", e);
        }
    }

    static ToolSpecification specification(ToolDefinition tool) {
        Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (ToolParameter p : tool.parameters()) {
            properties.put(p.name(), element(p));
            if (p.required()) {
                required.add(p.name());
            }
        }
        return ToolSpecification.builder().name(tool.name()).description(tool.description())
                .parameters(JsonObjectSchema.builder().addProperties(properties).required(required)
                        .additionalProperties(false).build())
                .build();
    }

    private static JsonSchemaElement element(ToolParameter p) {
        if (!p.allowed().isEmpty()) {
            return JsonEnumSchema.builder().description(p.description()).enumValues(p.allowed()).build();
        }
        return switch (p.type()) {
            case STRING -> JsonStringSchema.builder().description(p.description()).build();
            case INTEGER -> JsonIntegerSchema.builder().description(p.description()).build();
            case NUMBER -> JsonNumberSchema.builder().description(p.description()).build();
            case BOOLEAN -> JsonBooleanSchema.builder().description(p.description()).build();
            case STRING_LIST -> JsonArraySchema.builder().description(p.description())
                    .items(JsonStringSchema.builder().build()).build();
        };
    }
}
