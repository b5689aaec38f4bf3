package com.voicedesk.application.assistant;

import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/**
 * One utterance for the assistant, from any source: the text API today, the browser voice path (a final
 * transcript) tomorrow. A {@code null} conversation starts a new one.
 */
public record ChatCommand(TenantId tenantId, ConversationId conversationId, String message, String actor,
                          ReplyDelivery delivery) {

    public static final int MAX_MESSAGE = 4000;

    public ChatCommand {
        Require.nonNull(tenantId, "tenantId");
        message = Require.text(message, "message", MAX_MESSAGE);
        actor = Require.text(actor, "actor", 200);
        delivery = delivery == null ? ReplyDelivery.none() : delivery;
    }
}
