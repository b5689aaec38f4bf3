package com.voicedesk.bootstrap.api.assistant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the assistant API. */
public final class AssistantRequests {

    private AssistantRequests() {
    }

    /**
     * One message for the assistant. {@code conversationId} continues a conversation (a new one starts without);
     * {@code room} (a LiveKit room of the tenant) receives the reply on the data topics {@code assistant} and
     * {@code navigation}, to {@code identity} only when given; {@code speak} also makes the reply audio.
     */
    public record Chat(@NotBlank @Size(max = 4000) String message, @Size(max = 36) String conversationId,
                       @Size(max = 128) String room, @Size(max = 200) String identity, Boolean speak) {
    }
}
