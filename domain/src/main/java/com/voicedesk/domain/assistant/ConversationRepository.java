package com.voicedesk.domain.assistant;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;

/** Assistant conversations, per tenant and conversation id. */
public interface ConversationRepository {

    /** The last {@code maxTurns} turns, oldest first; empty for an unknown conversation. */
    Uni<List<ConversationTurn>> recentTurns(TenantId tenant, ConversationId conversation, int maxTurns);

    /**
     * Stores the turn as the conversation's next one (the given number is ignored) and returns it numbered.
     * Two turns appended to one conversation at the same instant: one fails with a ConflictException.
     */
    Uni<ConversationTurn> append(ConversationTurn turn);
}
