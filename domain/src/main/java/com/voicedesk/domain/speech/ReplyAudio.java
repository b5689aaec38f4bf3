package com.voicedesk.domain.speech;

import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;

/** A spoken assistant reply, stored so that the frontend can fetch and play it. */
public record ReplyAudio(ReplyAudioId id, TenantId tenantId, ConversationId conversationId, String text,
                         SynthesizedSpeech speech, Instant createdAt) {

    public ReplyAudio {
        Require.nonNull(id, "id");
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(conversationId, "conversationId");
        text = Require.text(text, "text", TextToSpeech.MAX_TEXT);
        Require.nonNull(speech, "speech");
        Require.nonNull(createdAt, "createdAt");
    }
}
