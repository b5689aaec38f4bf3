package com.voicedesk.domain.assistant;

import com.voicedesk.domain.shared.Require;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model asking for a tool to run. {@code arguments} is the decoded JSON object the model sent
 * (strings, numbers, booleans, lists, maps, nulls); {@code id} pairs the call with its result.
 */
public record ToolCall(String id, String name, Map<String, Object> arguments) {

    public ToolCall {
        id = Require.text(id, "toolCall.id", 200);
        name = Require.text(name, "toolCall.name", 100);
        arguments = arguments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }
}
