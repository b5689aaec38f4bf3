package com.voicedesk.application.assistant;

import io.smallrye.mutiny.Uni;

public interface ChatWithAssistantUseCase {

    /**
     * Runs one turn: the model reads the conversation, the tools it calls run (through the use cases, in the
     * command's tenant), the turn is stored in the conversation's history, then the reply is spoken and sent
     * to the room when asked. A failed speech or room delivery is reported in the result, not thrown.
     */
    Uni<ChatResult> chat(ChatCommand command);
}
