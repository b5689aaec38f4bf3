package com.voicedesk.domain.assistant;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * One exchange with the assistant: the admin's message, the tool calls and results it led to, and the
 * reply, stored together so that a history never holds a tool call without its result. {@code number}
 * counts the conversation's turns from 1; the store assigns it.
 */
public record ConversationTurn(TenantId tenantId, ConversationId conversationId, int number, List<ChatMessage> messages,
                               String model, String actor, Instant createdAt) {

    public ConversationTurn {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(conversationId, "conversationId");
        Require.range(number, 0, Integer.MAX_VALUE, "number");
        messages = Require.list(messages, "messages", 200);
        model = Require.text(model, "model", 100);
        actor = Require.text(actor, "actor", 200);
        Require.nonNull(createdAt, "createdAt");
    }

    /** The admin's message that opened the turn. */
    public String userText() {
        return messages.stream().filter(m -> m instanceof ChatMessage.User).map(m -> ((ChatMessage.User) m).text())
                .findFirst().orElse("");
    }

    /** The assistant's final reply. */
    public String replyText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof ChatMessage.Assistant a && a.text() != null && !a.requestsTools()) {
                return a.text();
            }
        }
        return "";
    }
}
