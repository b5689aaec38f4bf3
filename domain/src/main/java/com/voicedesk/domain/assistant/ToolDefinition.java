package com.voicedesk.domain.assistant;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

import java.util.List;
import java.util.regex.Pattern;

/** A function the model may call: its name, what it does, and its arguments. */
public record ToolDefinition(String name, String description, List<ToolParameter> parameters) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public ToolDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValueException("tool.name", "must be lower_snake_case");
        }
        description = Require.text(description, "tool.description", 2000);
        parameters = Require.list(parameters, "tool.parameters", 30);
    }
}
