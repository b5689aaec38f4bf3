package com.voicedesk.domain.speech;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

/** Audio made from text: the encoded bytes, their media type ("audio/mpeg"), and what made them. */
public record SynthesizedSpeech(byte[] audio, String contentType, String engine) {

    /** Replies are short; this bounds a runaway response. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public SynthesizedSpeech {
        Require.nonNull(audio, "audio");
        if (audio.length == 0 || audio.length > MAX_BYTES) {
            throw new InvalidValueException("audio", "must be between 1 byte and " + MAX_BYTES + " bytes");
        }
        contentType = Require.text(contentType, "contentType", 100);
        engine = Require.text(engine, "engine", 100);
    }
}
