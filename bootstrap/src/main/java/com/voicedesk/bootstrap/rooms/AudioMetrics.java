package com.voicedesk.bootstrap.rooms;

import com.voicedesk.application.audio.MeteredAudioSessions;
import com.voicedesk.domain.audio.AudioSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/**
 * The audio meter as Prometheus metrics, per source: {@code voicedesk_audio_frames_total},
 * {@code voicedesk_audio_bytes_total}, {@code voicedesk_audio_seconds_total}, {@code voicedesk_audio_sessions_opened_total}
 * and the gauge {@code voicedesk_audio_sessions_open}. Read from the meter at scrape time.
 */
@ApplicationScoped
public class AudioMetrics {

    void bind(@Observes StartupEvent event, MeterRegistry registry, MeteredAudioSessions meter) {
        for (AudioSource source : AudioSource.values()) {
            String tag = source.name().toLowerCase(Locale.ROOT);
            FunctionCounter.builder("voicedesk.audio.frames", meter, m -> m.usage(source).frames())
                    .description("Audio frames received").tag("source", tag).register(registry);
            FunctionCounter.builder("voicedesk.audio.bytes", meter, m -> m.usage(source).bytes())
                    .description("Audio bytes received").baseUnit("bytes").tag("source", tag).register(registry);
            FunctionCounter.builder("voicedesk.audio.seconds", meter, m -> m.usage(source).audioSeconds())
                    .description("Seconds of audio received").baseUnit("seconds").tag("source", tag).register(registry);
            FunctionCounter.builder("voicedesk.audio.sessions.opened", meter, m -> m.usage(source).sessionsOpened())
                    .description("Audio sessions opened").tag("source", tag).register(registry);
            Gauge.builder("voicedesk.audio.sessions.open", meter, m -> m.usage(source).sessionsOpen())
                    .description("Audio sessions open now").tag("source", tag).register(registry);
        }
    }
}
