package com.voicedesk.adapters.persistence.assistant;

import com.voicedesk.domain.assistant.ChatMessage;
import com.voicedesk.domain.assistant.ToolCall;

import java.util.List;
import java.util.Map;

/** The JSON shape of one conversation message in {@code assistant_turns.messages}. */
record MessageDocument(String type, String text, List<CallDocument> toolCalls, String callId, String toolName,
                       Map<String, Object> result) {

    record CallDocument(String id, String name, Map<String, Object> arguments) {
    }

    static MessageDocument of(ChatMessage message) {
        return switch (message) {
            case ChatMessage.User u -> new MessageDocument("user", u.text(), null, null, null, null);
            case ChatMessage.Assistant a -> new MessageDocument("assistant", a.text(), a.toolCalls().stream()
                    .map(c -> new CallDocument(c.id(), c.name(), c.arguments())).toList(), null, null, null);
            case ChatMessage.ToolResult r -> new MessageDocument("tool", null, null, r.callId(), r.toolName(), r.result());
        };
    }

    ChatMessage toDomain() {
        return switch (type) {
            case "user" -> new ChatMessage.User(text);
            case "assistant" -> new ChatMessage.Assistant(text, toolCalls == null ? List.of()
                    : toolCalls.stream().map(c -> new ToolCall(c.id(), c.name(), c.arguments())).toList());
            case "tool" -> new ChatMessage.ToolResult(callId, toolName, result);
            default -> throw new IllegalStateException("Stored assistant message of unknown type " + type);
        };
    }
}
