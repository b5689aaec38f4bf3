package com.voicedesk.domain.audio;

import com.voicedesk.domain.shared.Require;

/** A chunk of audio in the session's format, with its offset from the start of the stream. */
public record AudioFrame(AudioTrack track, byte[] payload, long timestampMillis) {

    public AudioFrame {
        Require.nonNull(track, "track");
        Require.nonNull(payload, "payload");
        Require.range(timestampMillis, 0, Long.MAX_VALUE, "timestampMillis");
    }
}
