package com.voicedesk.application.audio;

import com.voicedesk.domain.audio.AudioFormat;
import com.voicedesk.domain.audio.AudioSource;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Audio received so far: per open session, and per source since start (open and closed sessions together). */
public record AudioUsage(List<Session> sessions, Map<AudioSource, Source> bySource) {

    public AudioUsage {
        sessions = List.copyOf(sessions);
        bySource = Map.copyOf(bySource);
    }

    /** One open session: frames and bytes received, and the seconds of audio they hold in its format. */
    public record Session(String sessionId, TenantId tenantId, AudioSource source, AudioFormat format, Instant openedAt,
                          long frames, long bytes, double audioSeconds) {
    }

    /** One source: sessions opened and open now, frames, bytes and seconds of audio, all monotonic but the open count. */
    public record Source(AudioSource source, long sessionsOpened, long sessionsOpen, long frames, long bytes,
                         double audioSeconds) {
    }
}
