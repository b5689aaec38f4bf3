package com.voicedesk.application.assistant;

import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.assistant.ConversationTurn;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;

public interface ConversationHistoryUseCase {

    /** The conversation's turns, oldest first (the last {@code max}); NotFoundException when it has none. */
    Uni<List<ConversationTurn>> history(TenantId tenant, ConversationId conversation, int max);
}
