package com.voicedesk.application.transcription;

import com.voicedesk.application.audio.OpenAudioSessionUseCase;
import com.voicedesk.application.call.AppendTranscriptSegmentUseCase;
import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.application.telephony.CallLifecycle;
import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSessionListener;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.speech.SpeechToText;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The transcription side of every audio session that belongs to a call (DESIGN.md §3): one speech-to-text
 * stream per track, each final segment stored as it arrives (in order, idempotently), interim and final
 * text fanned out to the live feed and to the call's room. Speech-to-text trouble never touches the call:
 * it marks the transcript INCOMPLETE and says so on the feed. Sessions without a call (a browser assistant)
 * are not transcripts: they get a listener that ignores them, and the assistant pipeline serves them.
 */
public final class TranscriptionPipeline implements OpenAudioSessionUseCase {

    private static final System.Logger LOG = System.getLogger(TranscriptionPipeline.class.getName());

    final SpeechToText speechToText;
    final CallLifecycle lifecycle;
    final AppendTranscriptSegmentUseCase transcripts;
    final DatabaseWork database;
    final TranscriptFeed feed;
    final RoomService rooms;
    final Clock clock;

    /** The call's sessions open on this instance (a consultation has one per participant) and how they went. */
    private final ConcurrentHashMap<CallId, Sessions> open = new ConcurrentHashMap<>();

    private static final class Sessions {
        int count;
        boolean incomplete;
    }

    public TranscriptionPipeline(SpeechToText speechToText, CallLifecycle lifecycle,
                                 AppendTranscriptSegmentUseCase transcripts, DatabaseWork database, TranscriptFeed feed,
                                 RoomService rooms, Clock clock) {
        this.speechToText = speechToText;
        this.lifecycle = lifecycle;
        this.transcripts = transcripts;
        this.database = database;
        this.feed = feed;
        this.rooms = rooms;
        this.clock = clock;
    }

    @Override
    public AudioSessionListener open(AudioSession session) {
        if (session.callId().isEmpty()) {
            LOG.log(System.Logger.Level.DEBUG, "Audio session {0} has no call: not transcribed here", session.id());
            return IGNORE;
        }
        return new CallTranscription(session, this);
    }

    void sessionOpened(CallId call) {
        open.compute(call, (id, sessions) -> {
            Sessions next = sessions == null ? new Sessions() : sessions;
            next.count++;
            return next;
        });
    }

    /**
     * A session of the call is done; whether the call's transcript is complete once it was its last session
     * (empty while others still run: the transcript settles with the last one).
     */
    Optional<Boolean> sessionClosed(CallId call, boolean incomplete) {
        boolean[] last = {false};
        boolean[] allComplete = {true};
        open.computeIfPresent(call, (id, sessions) -> {
            sessions.incomplete |= incomplete;
            sessions.count--;
            if (sessions.count > 0) {
                return sessions;
            }
            last[0] = true;
            allComplete[0] = !sessions.incomplete;
            return null;
        });
        return last[0] ? Optional.of(allComplete[0]) : Optional.empty();
    }

    private static final AudioSessionListener IGNORE = new AudioSessionListener() {
        @Override
        public void onFrame(com.voicedesk.domain.audio.AudioFrame frame) {
        }

        @Override
        public void onEvent(com.voicedesk.domain.audio.AudioSessionEvent event) {
        }
    };
}
