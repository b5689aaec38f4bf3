package com.voicedesk.domain.speech;

import com.voicedesk.domain.shared.Identifiers;
import com.voicedesk.domain.shared.Require;

import java.util.UUID;

public record ReplyAudioId(UUID value) {

    public ReplyAudioId {
        Require.nonNull(value, "replyAudioId");
    }

    public static ReplyAudioId random() {
        return new ReplyAudioId(UUID.randomUUID());
    }

    public static ReplyAudioId of(String raw) {
        return new ReplyAudioId(Identifiers.parse(raw, "replyAudioId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
