package com.voicedesk.domain.assistant;

import com.voicedesk.domain.shared.Identifiers;
import com.voicedesk.domain.shared.Require;

import java.util.UUID;

/** One conversation with the assistant; its history is kept per tenant under this id. */
public record ConversationId(UUID value) {

    public ConversationId {
        Require.nonNull(value, "conversationId");
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID());
    }

    public static ConversationId of(String raw) {
        return new ConversationId(Identifiers.parse(raw, "conversationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
