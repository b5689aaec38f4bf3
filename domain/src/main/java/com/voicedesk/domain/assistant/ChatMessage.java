package com.voicedesk.domain.assistant;

import com.voicedesk.domain.shared.Require;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One message of a conversation with the assistant, as the model sees it. */
public sealed interface ChatMessage {

    int MAX_TEXT = 20_000;

    /** What the admin said or typed. */
    record User(String text) implements ChatMessage {
        public User {
            text = Require.text(text, "message", MAX_TEXT);
        }
    }

    /** The model's turn: text for the admin, tool calls to run, or both. */
    record Assistant(String text, List<ToolCall> toolCalls) implements ChatMessage {
        public Assistant {
            text = Require.optionalText(text, "reply", MAX_TEXT);
            toolCalls = Require.list(toolCalls, "toolCalls", 20);
        }

        public static Assistant text(String text) {
            return new Assistant(text, List.of());
        }

        public static Assistant calls(List<ToolCall> calls) {
            return new Assistant(null, calls);
        }

        public boolean requestsTools() {
            return !toolCalls.isEmpty();
        }
    }

    /**
     * What a tool returned, for the model to read. {@code result} is a JSON-compatible map (strings,
     * numbers, booleans, lists and maps of those, nulls): dates travel as ISO-8601 strings.
     */
    record ToolResult(String callId, String toolName, Map<String, Object> result) implements ChatMessage {
        public ToolResult {
            callId = Require.text(callId, "toolResult.callId", 200);
            toolName = Require.text(toolName, "toolResult.toolName", 100);
            result = result == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(result));
        }

        /** Whether the tool reported a failure (the result carries an {@code error} code). */
        public boolean failed() {
            return result.get("error") != null;
        }
    }
}
