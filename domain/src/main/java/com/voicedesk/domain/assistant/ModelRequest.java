package com.voicedesk.domain.assistant;

import com.voicedesk.domain.shared.Require;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One call to the assistant's model: instructions, the conversation so far (ending with the newest message),
 * the tools it may call, and where and when the business is, so that "this week" means something.
 */
public record ModelRequest(String instructions, List<ChatMessage> messages, List<ToolDefinition> tools,
                           LocalDate today, ZoneId timeZone) {

    public ModelRequest {
        instructions = Require.text(instructions, "instructions", 20_000);
        messages = List.copyOf(Require.nonNull(messages, "messages"));
        tools = List.copyOf(Require.nonNull(tools, "tools"));
        Require.nonNull(today, "today");
        Require.nonNull(timeZone, "timeZone");
    }
}
