package com.voicedesk.application.transcription;

import com.voicedesk.application.call.AppendTranscriptSegmentUseCase;
import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.application.telephony.CallLifecycle;
import com.voicedesk.domain.audio.AudioFrame;
import com.voicedesk.domain.audio.AudioParticipant;
import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSessionEvent;
import com.voicedesk.domain.audio.AudioSessionListener;
import com.voicedesk.domain.audio.AudioTrack;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.speech.SpeechEvent;
import com.voicedesk.domain.speech.SpeechStream;
import com.voicedesk.domain.speech.SpeechStreamRequest;
import com.voicedesk.domain.speech.SpeechToText;
import com.voicedesk.domain.transcript.NewSegment;
import com.voicedesk.domain.transcript.Speaker;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The transcription of one call's audio session. Frames arrive on the media socket's I/O thread and go
 * straight to the track's speech stream (an array read and a non-blocking send); everything slow (storage,
 * room packets) is asynchronous. Segments are stored through a serial queue so the transcript keeps the
 * order in which they were recognised across both tracks.
 */
final class CallTranscription implements AudioSessionListener {

    private static final System.Logger LOG = System.getLogger(CallTranscription.class.getName());
    private static final int APPEND_ATTEMPTS = 6;

    private final AudioSession session;
    private final CallId callId;
    private final SpeechToText speechToText;
    private final CallLifecycle lifecycle;
    private final AppendTranscriptSegmentUseCase transcripts;
    private final DatabaseWork database;
    private final TranscriptFeed feed;
    private final RoomService rooms;
    private final Clock clock;
    private final TranscriptionPipeline pipeline;
    private final SerialQueue appends = new SerialQueue();
    private final SpeechStream[] streams = new SpeechStream[AudioTrack.values().length];
    private final boolean[] streamDone = new boolean[AudioTrack.values().length];

    private volatile String roomName;
    private volatile boolean incomplete;
    private boolean stopped;
    private boolean finished;

    CallTranscription(AudioSession session, TranscriptionPipeline pipeline) {
        this.session = session;
        this.callId = session.callId().orElseThrow();
        this.speechToText = pipeline.speechToText;
        this.lifecycle = pipeline.lifecycle;
        this.transcripts = pipeline.transcripts;
        this.database = pipeline.database;
        this.feed = pipeline.feed;
        this.rooms = pipeline.rooms;
        this.clock = pipeline.clock;
        this.pipeline = pipeline;
        pipeline.sessionOpened(callId);
    }

    @Override
    public void onFrame(AudioFrame frame) {
        SpeechStream stream = streams[frame.track().ordinal()];
        if (stream == null) {
            stream = openStream(frame.track());
            if (stream == null) {
                return;
            }
        }
        stream.send(frame.payload());
    }

    @Override
    public void onEvent(AudioSessionEvent event) {
        switch (event) {
            case AudioSessionEvent.Started started -> lifecycle.transcriptStarted(session.tenantId(), callId)
                    .subscribe().with(room -> roomName = room.orElse(null), failure -> LOG.log(
                            System.Logger.Level.WARNING, "Call " + callId + ": marking the transcript live failed", failure));
            case AudioSessionEvent.Stopped stopped -> stop(stopped.reason());
            case AudioSessionEvent.Dtmf ignored -> { }
            case AudioSessionEvent.PlaybackMarked ignored -> { }
        }
    }

    private synchronized SpeechStream openStream(AudioTrack track) {
        if (stopped) {
            return null;
        }
        SpeechStream existing = streams[track.ordinal()];
        if (existing != null) {
            return existing;
        }
        Speaker speaker = speakerOf(track);
        // The label names the session too: several sessions of one call (one per participant in a consultation)
        // must never produce the same segment ids, or one side's segments would be taken for duplicates.
        SpeechStreamRequest request = new SpeechStreamRequest(session.tenantId(),
                callId + ":" + session.id() + ":" + speaker.name().toLowerCase(Locale.ROOT), session.format());
        SpeechStream stream = speechToText.open(request, event -> onSpeech(track, speaker, event));
        streams[track.ordinal()] = stream;
        return stream;
    }

    private void stop(String reason) {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        LOG.log(System.Logger.Level.DEBUG, "Call {0}: audio stopped ({1}); finishing speech-to-text", callId, reason);
        for (SpeechStream stream : streams) {
            if (stream != null) {
                stream.finish();
            }
        }
        maybeFinish();
    }

    private void onSpeech(AudioTrack track, Speaker speaker, SpeechEvent event) {
        switch (event) {
            case SpeechEvent.Interim interim -> {
                if (!interim.text().isBlank()) {
                    publish(new LiveTranscriptEvent.Interim(callId, speaker, interim.text(), interim.start(), interim.end()));
                }
            }
            case SpeechEvent.Final result -> {
                if (!result.text().isBlank()) {
                    store(speaker, track, result);
                }
            }
            case SpeechEvent.Interrupted interrupted -> LOG.log(System.Logger.Level.INFO,
                    "Call {0} {1}: speech-to-text connection lost ({2}); reconnecting (attempt {3})", callId, speaker,
                    interrupted.reason(), interrupted.attempt());
            case SpeechEvent.Failed failed -> {
                incomplete = true;
                LOG.log(System.Logger.Level.WARNING, "Call {0} {1}: speech-to-text unavailable ({2}); the transcript "
                        + "will be marked INCOMPLETE, the call goes on", callId, speaker, failed.reason());
                publish(new LiveTranscriptEvent.Notice(callId, "Speech-to-text is unavailable for the "
                        + speaker.name().toLowerCase(Locale.ROOT) + " side (" + failed.reason()
                        + "); the transcript will be incomplete"));
                trackDone(track);
            }
            case SpeechEvent.Closed closed -> {
                if (!closed.complete()) {
                    incomplete = true;
                    publish(new LiveTranscriptEvent.Notice(callId, closed.untranscribed().toSeconds() + " s of the "
                            + speaker.name().toLowerCase(Locale.ROOT) + " side could not be transcribed"));
                }
                trackDone(track);
            }
            case SpeechEvent.SpeechStarted ignored -> { }
            case SpeechEvent.UtteranceEnd ignored -> { }
        }
    }

    private void store(Speaker speaker, AudioTrack track, SpeechEvent.Final result) {
        NewSegment segment = new NewSegment(session.tenantId(), callId, result.segmentId(), speaker,
                session.participant().map(AudioParticipant::identity).orElse(
                        session.source().name().toLowerCase(Locale.ROOT) + ":" + track.name().toLowerCase(Locale.ROOT)),
                result.text(), nonNegative(result.start()), max(nonNegative(result.end()), nonNegative(result.start())),
                Math.max(0.0, Math.min(1.0, result.confidence())), clock.instant());
        appends.submit(() -> database.run(() -> transcripts.append(segment))
                .onFailure(failure -> !(failure instanceof NotFoundException)).retry()
                .withBackOff(Duration.ofMillis(100), Duration.ofSeconds(2)).atMost(APPEND_ATTEMPTS)
                .invoke(stored -> {
                    if (!stored.duplicate()) {
                        publish(new LiveTranscriptEvent.Segment(callId, stored.segment()));
                    }
                })
                .onFailure().invoke(failure -> {
                    incomplete = true;
                    LOG.log(System.Logger.Level.ERROR, "Call " + callId + ": a final segment could not be stored", failure);
                }));
    }

    private void trackDone(AudioTrack track) {
        synchronized (this) {
            streamDone[track.ordinal()] = true;
        }
        maybeFinish();
    }

    /** Once audio stopped and every opened stream closed, and every segment is stored: settle the transcript. */
    private void maybeFinish() {
        synchronized (this) {
            if (!stopped || finished) {
                return;
            }
            for (int i = 0; i < streams.length; i++) {
                if (streams[i] != null && !streamDone[i]) {
                    return;
                }
            }
            finished = true;
        }
        // the transcript settles with the call's last session (a consultation has one per participant)
        appends.whenIdle(() -> pipeline.sessionClosed(callId, incomplete).ifPresent(complete ->
                lifecycle.transcriptFinished(session.tenantId(), callId, complete)
                        .subscribe().with(call -> publish(new LiveTranscriptEvent.Ended(callId)), failure -> LOG.log(
                                System.Logger.Level.ERROR, "Call " + callId + ": settling the transcript failed", failure))));
    }

    private void publish(LiveTranscriptEvent event) {
        feed.publish(event);
        String room = roomName;
        if (room != null) {
            rooms.sendData(session.tenantId(), room, TranscriptJson.packet(event)).subscribe().with(ignored -> { },
                    failure -> LOG.log(System.Logger.Level.DEBUG, "Call {0}: transcript packet to room {1} failed: {2}",
                            callId, room, failure.toString()));
        }
    }

    /** A phone call's tracks are the caller and the company side; a tapped participant speaks as its role. */
    private Speaker speakerOf(AudioTrack track) {
        return session.participant().filter(p -> track == AudioTrack.INBOUND).map(p -> switch (p.role()) {
            case ADMIN -> Speaker.ADMIN;
            case CLIENT -> Speaker.CLIENT;
            case BOT -> Speaker.ASSISTANT;
            case OBSERVER -> Speaker.UNKNOWN;
        }).orElse(track == AudioTrack.INBOUND ? Speaker.CALLER : Speaker.AGENT);
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** For tests and diagnostics: the room the transcript is sent to, once known. */
    Optional<String> roomName() {
        return Optional.ofNullable(roomName);
    }
}
