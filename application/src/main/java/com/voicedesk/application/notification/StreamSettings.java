package com.voicedesk.application.notification;

import com.voicedesk.domain.shared.Require;

/**
 * @param fetchBatch   entries read from the store per query (live fan-out and replay)
 * @param maxReplay    a reconnecting stream replays at most this many missed entries; beyond, it is told to resync
 * @param streamBuffer entries a slow client may fall behind before its stream is closed (it then resumes)
 */
public record StreamSettings(int fetchBatch, int maxReplay, int streamBuffer) {

    public StreamSettings {
        Require.range(fetchBatch, 1, 10_000, "fetchBatch");
        Require.range(maxReplay, 0, 1_000_000, "maxReplay");
        Require.range(streamBuffer, 16, 1_000_000, "streamBuffer");
    }
}
