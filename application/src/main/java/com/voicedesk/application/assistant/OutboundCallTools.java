package com.voicedesk.application.assistant;

import com.voicedesk.domain.assistant.ToolDefinition;
import com.voicedesk.domain.assistant.ToolParameter;
import com.voicedesk.domain.call.CallPurpose;
import io.smallrye.mutiny.Uni;

import java.util.Arrays;
import java.util.List;

import static com.voicedesk.application.assistant.ContactTools.tool;
import static com.voicedesk.domain.assistant.ToolParameter.Type.STRING;

/**
 * Calling a lead. Placing and scheduling outbound calls belongs to the outbound-call use case (with its
 * calling-hours and consent checks), which this VoiceDesk does not have yet: until it does, both tools say so
 * and do nothing, rather than pretend a call was made.
 */
final class OutboundCallTools {

    static final String NOT_AVAILABLE = "not_available";
    private static final List<String> PURPOSES = Arrays.stream(CallPurpose.values()).map(Enum::name).toList();

    private OutboundCallTools() {
    }

    static List<AssistantTool> all() {
        return List.of(
                notAvailable(new ToolDefinition("initiate_outbound_call", "Have the AI call a contact now.",
                        List.of(ToolParameter.required("contactId", STRING, "Who to call"),
                                ToolParameter.optional("purpose", STRING, "Why").allowing(PURPOSES)))),
                notAvailable(new ToolDefinition("schedule_call", "Have the AI call a contact at a later time.",
                        List.of(ToolParameter.required("contactId", STRING, "Who to call"),
                                ToolParameter.required("at", STRING, "When, as a local date-time YYYY-MM-DDTHH:MM"),
                                ToolParameter.optional("purpose", STRING, "Why").allowing(PURPOSES)))));
    }

    private static AssistantTool notAvailable(ToolDefinition definition) {
        return tool(definition, (ctx, args) -> Uni.createFrom().item(ToolOutcome.error(NOT_AVAILABLE,
                "Outbound calling is not available in this VoiceDesk yet: no call was placed or scheduled. "
                        + "Tell the admin to call the contact themselves.")));
    }
}
