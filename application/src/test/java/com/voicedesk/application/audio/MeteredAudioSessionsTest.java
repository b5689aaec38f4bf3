package com.voicedesk.application.audio;

import com.voicedesk.domain.audio.AudioFormat;
import com.voicedesk.domain.audio.AudioFrame;
import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSessionEvent;
import com.voicedesk.domain.audio.AudioSessionListener;
import com.voicedesk.domain.audio.AudioSource;
import com.voicedesk.domain.audio.AudioTrack;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeteredAudioSessionsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T18:00:00Z"), ZoneOffset.UTC);

    /** A one-way session, as a media adapter would hand over. */
    record TestSession(String id, TenantId tenantId, AudioSource source, AudioFormat format) implements AudioSession {
        @Override
        public Optional<CallId> callId() {
            return Optional.empty();
        }

        @Override
        public boolean canPlay() {
            return false;
        }

        @Override
        public void play(byte[] audio) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearPlayback() {
        }

        @Override
        public void mark(String name) {
        }

        @Override
        public void close(String reason) {
        }
    }

    @Test
    void countsFramesBytesAndSecondsPerSessionAndPerSource() {
        MeteredAudioSessions meter = new MeteredAudioSessions(clock);
        TenantId tenant = TenantId.random();
        AudioSessionListener tap = meter.open(new TestSession("tap-1", tenant, AudioSource.LIVEKIT_TRACK_EGRESS, AudioFormat.PCM16_48K));
        AudioSessionListener phone = meter.open(new TestSession("call-1", tenant, AudioSource.TWILIO_MEDIA_STREAM, AudioFormat.MULAW_8K));

        for (int i = 0; i < 50; i++) { // one second of 20 ms frames at 48 kHz, 16-bit mono
            tap.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[1920], i * 20L));
        }
        for (int i = 0; i < 25; i++) { // half a second of mu-law
            phone.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[160], i * 20L));
        }

        AudioUsage usage = meter.usage();
        assertThat(usage.sessions()).extracting(AudioUsage.Session::sessionId).containsExactlyInAnyOrder("tap-1", "call-1");
        AudioUsage.Session tapUsage = meter.session("tap-1").orElseThrow();
        assertThat(tapUsage.frames()).isEqualTo(50);
        assertThat(tapUsage.bytes()).isEqualTo(96_000);
        assertThat(tapUsage.audioSeconds()).isEqualTo(1.0);
        AudioUsage.Source livekit = usage.bySource().get(AudioSource.LIVEKIT_TRACK_EGRESS);
        assertThat(livekit.frames()).isEqualTo(50);
        assertThat(livekit.audioSeconds()).isEqualTo(1.0);
        assertThat(livekit.sessionsOpen()).isEqualTo(1);
        assertThat(usage.bySource().get(AudioSource.TWILIO_MEDIA_STREAM).audioSeconds()).isEqualTo(0.5);
        assertThat(usage.bySource().get(AudioSource.BROWSER_SOCKET).frames()).isZero();
    }

    @Test
    void aStoppedSessionLeavesTheOpenListButKeepsItsTotals() {
        MeteredAudioSessions meter = new MeteredAudioSessions(clock);
        AudioSessionListener tap = meter.open(new TestSession("tap-1", TenantId.random(), AudioSource.LIVEKIT_TRACK_EGRESS,
                AudioFormat.PCM16_16K));
        tap.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[32_000], 0));
        tap.onEvent(new AudioSessionEvent.Stopped("track unpublished"));
        tap.onEvent(new AudioSessionEvent.Stopped("twice"));

        assertThat(meter.session("tap-1")).isEmpty();
        AudioUsage.Source livekit = meter.usage(AudioSource.LIVEKIT_TRACK_EGRESS);
        assertThat(livekit.sessionsOpened()).isEqualTo(1);
        assertThat(livekit.sessionsOpen()).isZero();
        assertThat(livekit.bytes()).isEqualTo(32_000);
        assertThat(livekit.audioSeconds()).isEqualTo(1.0);
    }

    @Test
    void passesEverythingOnToTheNextUseCase() {
        List<Object> seen = new ArrayList<>();
        AudioSessionListener recorder = new AudioSessionListener() {
            @Override
            public void onFrame(AudioFrame frame) {
                seen.add(frame.payload().length);
            }

            @Override
            public void onEvent(AudioSessionEvent event) {
                seen.add(event);
            }
        };
        MeteredAudioSessions meter = new MeteredAudioSessions(clock, session -> recorder);
        AudioSessionListener listener = meter.open(new TestSession("s", TenantId.random(), AudioSource.BROWSER_SOCKET,
                AudioFormat.PCM16_16K));
        listener.onEvent(new AudioSessionEvent.Started(null));
        listener.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[640], 0));
        listener.onEvent(new AudioSessionEvent.Stopped("done"));

        assertThat(seen).containsExactly(new AudioSessionEvent.Started(null), 640, new AudioSessionEvent.Stopped("done"));
        assertThat(meter.usage(AudioSource.BROWSER_SOCKET).frames()).isEqualTo(1);
    }

    @Test
    void aSessionIdIsOpenOnceAndAFailedDownstreamOpenClosesTheMeter() {
        MeteredAudioSessions meter = new MeteredAudioSessions(clock, session -> {
            throw new IllegalStateException("pipeline down");
        });
        TestSession session = new TestSession("s", TenantId.random(), AudioSource.BROWSER_SOCKET, AudioFormat.PCM16_16K);
        assertThatThrownBy(() -> meter.open(session)).hasMessage("pipeline down");
        assertThat(meter.usage(AudioSource.BROWSER_SOCKET).sessionsOpen()).isZero();

        MeteredAudioSessions plain = new MeteredAudioSessions(clock);
        plain.open(session);
        assertThatThrownBy(() -> plain.open(session)).isInstanceOf(IllegalStateException.class);
    }
}
