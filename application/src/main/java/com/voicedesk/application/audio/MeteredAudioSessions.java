package com.voicedesk.application.audio;

import com.voicedesk.domain.audio.AudioFrame;
import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSessionEvent;
import com.voicedesk.domain.audio.AudioSessionListener;
import com.voicedesk.domain.audio.AudioSource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the audio every media adapter delivers: frames, bytes and seconds of audio, per session and per
 * source, so that audio arriving is never discarded unseen. It is a decorator: given the next use case (the
 * speech pipeline) it counts and passes everything on; alone it is the end of the line. The per-frame cost is
 * a few uncontended atomic additions, on the adapter's I/O thread.
 */
public final class MeteredAudioSessions implements OpenAudioSessionUseCase {

    private static final System.Logger LOG = System.getLogger(MeteredAudioSessions.class.getName());

    private final Clock clock;
    private final OpenAudioSessionUseCase next;
    private final ConcurrentHashMap<String, SessionMeter> open = new ConcurrentHashMap<>();
    private final Map<AudioSource, SourceMeter> sources = new EnumMap<>(AudioSource.class);

    /** Counting only: frames end here. */
    public MeteredAudioSessions(Clock clock) {
        this(clock, null);
    }

    /** Counting, then handing every session to {@code next}. */
    public MeteredAudioSessions(Clock clock, OpenAudioSessionUseCase next) {
        this.clock = clock;
        this.next = next;
        for (AudioSource source : AudioSource.values()) {
            sources.put(source, new SourceMeter());
        }
    }

    @Override
    public AudioSessionListener open(AudioSession session) {
        SessionMeter meter = new SessionMeter(session, sources.get(session.source()), clock.instant());
        if (open.putIfAbsent(session.id(), meter) != null) {
            throw new IllegalStateException("Audio session " + session.id() + " is already open");
        }
        meter.source.opened.increment();
        AudioSessionListener downstream;
        try {
            downstream = next == null ? null : next.open(session);
        } catch (RuntimeException e) {
            close(meter);
            throw e;
        }
        LOG.log(System.Logger.Level.DEBUG, "Audio session {0} opened ({1}, {2})", session.id(), session.source(),
                session.format());
        return new MeteringListener(meter, downstream);
    }

    /** Usage so far. */
    public AudioUsage usage() {
        List<AudioUsage.Session> sessions = new ArrayList<>();
        for (SessionMeter meter : open.values()) {
            sessions.add(meter.usage());
        }
        sessions.sort(Comparator.comparing(AudioUsage.Session::openedAt).thenComparing(AudioUsage.Session::sessionId));
        Map<AudioSource, AudioUsage.Source> bySource = new EnumMap<>(AudioSource.class);
        for (AudioSource source : AudioSource.values()) {
            bySource.put(source, usage(source));
        }
        return new AudioUsage(sessions, bySource);
    }

    /** Usage of one source so far (cheap: what a metrics scrape reads). */
    public AudioUsage.Source usage(AudioSource source) {
        SourceMeter meter = sources.get(source);
        long opened = meter.opened.sum();
        long closed = meter.closed.sum();
        return new AudioUsage.Source(source, opened, Math.max(opened - closed, 0), meter.frames.sum(), meter.bytes.sum(),
                meter.audioMicros.sum() / 1_000_000.0);
    }

    /** The usage of one open session, if it is open. */
    public Optional<AudioUsage.Session> session(String sessionId) {
        return Optional.ofNullable(open.get(sessionId)).map(SessionMeter::usage);
    }

    private void close(SessionMeter meter) {
        if (meter.closed.compareAndSet(false, true)) {
            open.remove(meter.session.id(), meter);
            meter.source.closed.increment();
        }
    }

    private static final class SourceMeter {
        final LongAdder opened = new LongAdder();
        final LongAdder closed = new LongAdder();
        final LongAdder frames = new LongAdder();
        final LongAdder bytes = new LongAdder();
        final LongAdder audioMicros = new LongAdder();
    }

    private static final class SessionMeter {
        final AudioSession session;
        final SourceMeter source;
        final Instant openedAt;
        final long bytesPerSecond;
        final AtomicLong frames = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final AtomicBoolean closed = new AtomicBoolean();

        SessionMeter(AudioSession session, SourceMeter source, Instant openedAt) {
            this.session = session;
            this.source = source;
            this.openedAt = openedAt;
            this.bytesPerSecond = session.format().bytesPerSecond();
        }

        void count(int length) {
            frames.incrementAndGet();
            long before = bytes.getAndAdd(length);
            source.frames.increment();
            source.bytes.add(length);
            // Seconds from the running byte total, so rounding never accumulates frame by frame.
            source.audioMicros.add(micros(before + length) - micros(before));
        }

        long micros(long byteCount) {
            return byteCount * 1_000_000L / bytesPerSecond;
        }

        AudioUsage.Session usage() {
            long total = bytes.get();
            return new AudioUsage.Session(session.id(), session.tenantId(), session.source(), session.format(), openedAt,
                    frames.get(), total, (double) total / bytesPerSecond);
        }
    }

    private final class MeteringListener implements AudioSessionListener {
        private final SessionMeter meter;
        private final AudioSessionListener downstream;

        MeteringListener(SessionMeter meter, AudioSessionListener downstream) {
            this.meter = meter;
            this.downstream = downstream;
        }

        @Override
        public void onFrame(AudioFrame frame) {
            meter.count(frame.payload().length);
            if (downstream != null) {
                downstream.onFrame(frame);
            }
        }

        @Override
        public void onEvent(AudioSessionEvent event) {
            try {
                if (downstream != null) {
                    downstream.onEvent(event);
                }
            } finally {
                if (event instanceof AudioSessionEvent.Stopped stopped) {
                    close(meter);
                    LOG.log(System.Logger.Level.DEBUG, "Audio session {0} stopped ({1}): {2} frames, {3} bytes",
                            meter.session.id(), stopped.reason(), meter.frames.get(), meter.bytes.get());
                }
            }
        }
    }
}
