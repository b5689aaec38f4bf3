package com.voicedesk.domain.assistant;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

import java.util.List;
import java.util.regex.Pattern;

/** One argument of a tool, described for the model. {@code allowed} restricts a string to those values. */
public record ToolParameter(String name, Type type, String description, boolean required, List<String> allowed) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");

    public enum Type {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        STRING_LIST
    }

    public ToolParameter {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValueException("parameter.name", "must be an identifier");
        }
        Require.nonNull(type, "parameter.type");
        description = Require.text(description, "parameter.description", 1000);
        allowed = Require.list(allowed, "parameter.allowed", 100);
    }

    public static ToolParameter required(String name, Type type, String description) {
        return new ToolParameter(name, type, description, true, List.of());
    }

    public static ToolParameter optional(String name, Type type, String description) {
        return new ToolParameter(name, type, description, false, List.of());
    }

    public ToolParameter allowing(List<String> values) {
        return new ToolParameter(name, type, description, required, values);
    }
}
