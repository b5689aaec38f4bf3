package com.voicedesk.application.transcription;

import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.audio.AudioParticipant;
import com.voicedesk.application.call.AppendTranscriptSegmentUseCase;
import com.voicedesk.application.telephony.CallLifecycle;
import com.voicedesk.application.telephony.UpdateCallStatusCommand;
import com.voicedesk.application.testing.Fakes;
import com.voicedesk.application.testing.InMemoryCalls;
import com.voicedesk.domain.audio.AudioFormat;
import com.voicedesk.domain.audio.AudioFrame;
import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSessionEvent;
import com.voicedesk.domain.audio.AudioSessionListener;
import com.voicedesk.domain.audio.AudioSource;
import com.voicedesk.domain.audio.AudioTrack;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.call.TranscriptStatus;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.speech.SpeechEvent;
import com.voicedesk.domain.speech.SpeechListener;
import com.voicedesk.domain.speech.SpeechStream;
import com.voicedesk.domain.speech.SpeechStreamRequest;
import com.voicedesk.domain.speech.SpeechToText;
import com.voicedesk.domain.transcript.AppendResult;
import com.voicedesk.domain.transcript.NewSegment;
import com.voicedesk.domain.transcript.Speaker;
import com.voicedesk.domain.transcript.TranscriptSegment;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptionPipelineTest {

    private static final Instant NOW = Instant.parse("2026-06-01T15:00:00Z");

    /** A speech-to-text stand-in: records the audio per stream and lets the test play the provider. */
    static final class ScriptedSpeech implements SpeechToText {
        final Map<String, Stream> streams = new ConcurrentHashMap<>();

        final class Stream implements SpeechStream {
            final SpeechListener listener;
            final ByteArrayOutputStream audio = new ByteArrayOutputStream();
            boolean finished;

            Stream(SpeechListener listener) {
                this.listener = listener;
            }

            @Override
            public synchronized void send(byte[] bytes) {
                audio.writeBytes(bytes);
            }

            @Override
            public void finish() {
                finished = true;
            }

            @Override
            public void abort(String reason) {
            }
        }

        @Override
        public SpeechStream open(SpeechStreamRequest request, SpeechListener listener) {
            Stream stream = new Stream(listener);
            streams.put(request.streamLabel().substring(request.streamLabel().lastIndexOf(':') + 1), stream);
            return stream;
        }

        void say(String side, SpeechEvent event) {
            streams.get(side).listener.onEvent(event);
        }
    }

    /** A transcript store that numbers segments and ignores repeats, like the real one. */
    static final class Transcript implements AppendTranscriptSegmentUseCase {
        final List<TranscriptSegment> stored = new CopyOnWriteArrayList<>();

        @Override
        public synchronized Uni<AppendResult> append(NewSegment segment) {
            Optional<TranscriptSegment> existing = stored.stream()
                    .filter(s -> s.providerSegmentId().equals(segment.providerSegmentId())).findFirst();
            if (existing.isPresent()) {
                return Uni.createFrom().item(new AppendResult(existing.get(), true));
            }
            TranscriptSegment placed = TranscriptSegment.placed(segment, stored.size() + 1);
            stored.add(placed);
            return Uni.createFrom().item(new AppendResult(placed, false));
        }
    }

    private final TenantId tenant = TenantId.random();
    private final InMemoryCalls calls = new InMemoryCalls();
    private final Fakes.RecordingOutbox outbox = new Fakes.RecordingOutbox();
    private final Fakes.FakeRooms rooms = Fakes.FakeRooms.working();
    private final ScriptedSpeech speech = new ScriptedSpeech();
    private final Transcript transcript = new Transcript();
    private final TranscriptFeed feed = new TranscriptFeed();
    private final List<LiveTranscriptEvent> live = new CopyOnWriteArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private CallLifecycle lifecycle;
    private Call call;
    private AudioSessionListener listener;

    @BeforeEach
    void openSession() {
        lifecycle = new CallLifecycle(calls, outbox, new Fakes.SeenWebhooks(), Fakes.DIRECT_UNIT_OF_WORK,
                Fakes.directDatabase(), clock, Duration.ofMinutes(1));
        call = Call.inbound(tenant, null, "+15550102000", "+15550100000", "CA9", NOW).withRoomName("call-room");
        calls.insert(call).await().indefinitely();
        feed.subscribe(call.id(), live::add);
        TranscriptionPipeline pipeline = new TranscriptionPipeline(speech, lifecycle, transcript,
                Fakes.directDatabase(), feed, rooms, clock);
        listener = pipeline.open(session(call.id()));
        listener.onEvent(new AudioSessionEvent.Started(Map.of()));
    }

    private AudioSession session(CallId callId) {
        return new AudioSession() {
            public String id() { return "MZ1"; }
            public TenantId tenantId() { return tenant; }
            public Optional<CallId> callId() { return Optional.ofNullable(callId); }
            public AudioSource source() { return AudioSource.TWILIO_MEDIA_STREAM; }
            public AudioFormat format() { return AudioFormat.PCM16_8K; }
            public boolean canPlay() { return false; }
            public void play(byte[] audio) { throw new IllegalStateException(); }
            public void clearPlayback() { throw new IllegalStateException(); }
            public void mark(String name) { throw new IllegalStateException(); }
            public void close(String reason) { }
        };
    }

    private static SpeechEvent.Final fin(String id, String text, long startMs, long endMs) {
        return new SpeechEvent.Final(id, text, Duration.ofMillis(startMs), Duration.ofMillis(endMs), 0.9, List.of(), true);
    }

    @Test
    void eachTrackHasItsOwnStreamAndFinalsAreStoredInOrderOnce() {
        listener.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[]{1, 2}, 0));
        listener.onFrame(new AudioFrame(AudioTrack.OUTBOUND, new byte[]{9}, 0));
        listener.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[]{3}, 20));
        assertThat(speech.streams.get("caller").audio.toByteArray()).containsExactly(1, 2, 3);
        assertThat(speech.streams.get("agent").audio.toByteArray()).containsExactly(9);
        assertThat(calls.only().transcriptStatus()).isEqualTo(TranscriptStatus.LIVE);
        assertThat(calls.only().status()).isEqualTo(CallStatus.IN_PROGRESS);

        speech.say("caller", new SpeechEvent.Interim("hello th", Duration.ZERO, Duration.ofMillis(500), 0.5));
        speech.say("caller", fin("c-0-900", "Hello, this is Sarah.", 0, 900));
        speech.say("caller", fin("c-900-1000", "  ", 900, 1000));
        speech.say("agent", fin("a-1000-1800", "Hi Sarah, how can I help?", 1000, 1800));
        speech.say("caller", fin("c-0-900", "Hello, this is Sarah.", 0, 900));

        assertThat(transcript.stored).extracting(TranscriptSegment::sequence, TranscriptSegment::speaker, TranscriptSegment::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, Speaker.CALLER, "Hello, this is Sarah."),
                        org.assertj.core.groups.Tuple.tuple(2L, Speaker.AGENT, "Hi Sarah, how can I help?"));
        assertThat(live).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Interim", "Segment", "Segment");
        assertThat(rooms.sent).hasSize(3).allSatisfy(packet -> assertThat(packet.topic()).isEqualTo("transcription"));
        assertThat(new String(rooms.sent.get(1).payload())).contains("\"type\":\"final\"", "\"seq\":1", "Hello, this is Sarah.");
    }

    /** A participant's tapped microphone in a consultation: one session per participant, all on one call. */
    private AudioSession tap(String id, CallId callId, String identity, ParticipantRole role) {
        return new AudioSession() {
            public String id() { return id; }
            public TenantId tenantId() { return tenant; }
            public Optional<CallId> callId() { return Optional.of(callId); }
            public Optional<AudioParticipant> participant() { return Optional.of(new AudioParticipant(identity, role)); }
            public AudioSource source() { return AudioSource.LIVEKIT_TRACK_EGRESS; }
            public AudioFormat format() { return AudioFormat.PCM16_48K; }
            public boolean canPlay() { return false; }
            public void play(byte[] audio) { throw new IllegalStateException(); }
            public void clearPlayback() { throw new IllegalStateException(); }
            public void mark(String name) { throw new IllegalStateException(); }
            public void close(String reason) { }
        };
    }

    @Test
    void aConsultationsParticipantsAreTranscribedUnderTheirRolesAndTheTranscriptSettlesWithTheLastOne() {
        Call consultation = Call.inbound(tenant, null, "ben", "client-1", "CONS-1", NOW);
        calls.insert(consultation).await().indefinitely();
        TranscriptionPipeline pipeline = new TranscriptionPipeline(speech, lifecycle, transcript,
                Fakes.directDatabase(), feed, rooms, clock);
        AudioSessionListener admin = pipeline.open(tap("tap-1", consultation.id(), "ben", ParticipantRole.ADMIN));
        AudioSessionListener client = pipeline.open(tap("tap-2", consultation.id(), "client-1", ParticipantRole.CLIENT));
        admin.onEvent(new AudioSessionEvent.Started(Map.of()));
        client.onEvent(new AudioSessionEvent.Started(Map.of()));
        admin.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[]{1}, 0));
        client.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[]{1}, 0));

        speech.say("admin", fin("admin-0-900", "Welcome to M10.", 0, 900));
        speech.say("client", fin("client-0-900", "Thanks for having me.", 0, 900));
        admin.onEvent(new AudioSessionEvent.Stopped("admin left"));
        speech.say("admin", new SpeechEvent.Closed(Duration.ZERO));
        Call meanwhile = calls.findById(tenant, consultation.id()).await().indefinitely().orElseThrow();
        assertThat(meanwhile.transcriptStatus()).as("the client still speaks").isEqualTo(TranscriptStatus.LIVE);

        client.onEvent(new AudioSessionEvent.Stopped("client left"));
        speech.say("client", new SpeechEvent.Closed(Duration.ZERO));
        assertThat(calls.findById(tenant, consultation.id()).await().indefinitely().orElseThrow().transcriptStatus())
                .isEqualTo(TranscriptStatus.COMPLETE);
        assertThat(transcript.stored).extracting(TranscriptSegment::speaker)
                .containsExactly(Speaker.ADMIN, Speaker.CLIENT);
        assertThat(transcript.stored).extracting(TranscriptSegment::speakerLabel).containsExactly("ben", "client-1");
    }

    @Test
    void theTranscriptSettlesWhenBothStreamsClosedAndThenTheCallCompletesOnce() {
        listener.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[]{1}, 0));
        listener.onFrame(new AudioFrame(AudioTrack.OUTBOUND, new byte[]{1}, 0));
        listener.onEvent(new AudioSessionEvent.Stopped("stop"));
        assertThat(speech.streams.values()).allSatisfy(s -> assertThat(s.finished).isTrue());

        speech.say("caller", fin("c-0-900", "Bye.", 0, 900));
        speech.say("caller", new SpeechEvent.Closed(Duration.ZERO));
        assertThat(calls.only().transcriptStatus()).isEqualTo(TranscriptStatus.LIVE);
        speech.say("agent", new SpeechEvent.Closed(Duration.ZERO));

        assertThat(calls.only().transcriptStatus()).isEqualTo(TranscriptStatus.COMPLETE);
        assertThat(live.getLast()).isInstanceOf(LiveTranscriptEvent.Ended.class);
        assertThat(outbox.events).isEmpty();
        lifecycle.update(new UpdateCallStatusCommand(tenant, "CA9", CallStatus.COMPLETED, null, "CA9:completed"))
                .await().indefinitely();
        assertThat(outbox.events).hasSize(1);
    }

    @Test
    void anUnavailableProviderMarksTheTranscriptIncompleteAndSaysSo() {
        listener.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[]{1}, 0));
        speech.say("caller", new SpeechEvent.Failed("Deepgram unreachable"));
        listener.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[]{2}, 20));
        listener.onEvent(new AudioSessionEvent.Stopped("stop"));

        assertThat(calls.only().transcriptStatus()).isEqualTo(TranscriptStatus.INCOMPLETE);
        assertThat(calls.only().status()).isEqualTo(CallStatus.IN_PROGRESS);
        assertThat(live).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(LiveTranscriptEvent.Notice.class,
                n -> assertThat(n.message()).contains("unavailable", "incomplete")));
    }

    @Test
    void audioTheProviderHadToDropMakesTheTranscriptIncomplete() {
        listener.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[]{1}, 0));
        listener.onEvent(new AudioSessionEvent.Stopped("stop"));
        speech.say("caller", new SpeechEvent.Closed(Duration.ofSeconds(3)));
        assertThat(calls.only().transcriptStatus()).isEqualTo(TranscriptStatus.INCOMPLETE);
    }

    @Test
    void aSessionWithoutACallIsNotTranscribed() {
        TranscriptionPipeline pipeline = new TranscriptionPipeline(speech, lifecycle, transcript,
                Fakes.directDatabase(), feed, rooms, clock);
        int before = speech.streams.size();
        AudioSessionListener none = pipeline.open(session(null));
        none.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[]{1}, 0));
        assertThat(speech.streams).hasSize(before);
        assertThat(new ArrayList<>(transcript.stored)).isEmpty();
    }
}
