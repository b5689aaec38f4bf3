package com.voicedesk.domain.assistant;

import com.voicedesk.domain.shared.Require;

/** The model's turn, and which model produced it ("openai:gpt-4o-mini", "rules"). */
public record ModelResponse(ChatMessage.Assistant message, String model) {

    public ModelResponse {
        Require.nonNull(message, "message");
        model = Require.text(model, "model", 100);
    }
}
