package com.voicedesk.application.assistant;

import com.voicedesk.domain.assistant.NavigationCommand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a tool returns to the model (a JSON-compatible map), and the screen commands it produced. */
public record ToolOutcome(Map<String, Object> result, List<NavigationCommand> commands) {

    public ToolOutcome {
        result = new LinkedHashMap<>(result);
        commands = List.copyOf(commands);
    }

    public static ToolOutcome of(Map<String, Object> result) {
        return new ToolOutcome(result, List.of());
    }

    public static ToolOutcome of(Map<String, Object> result, NavigationCommand command) {
        return new ToolOutcome(result, List.of(command));
    }

    /** A failure the model should read and explain: a stable code and a sentence. */
    public static ToolOutcome error(String code, String message) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("error", code);
        result.put("message", message);
        return new ToolOutcome(result, List.of());
    }
}
