package com.voicedesk.domain.speech;

import com.voicedesk.domain.shared.Require;

import java.time.Duration;
import java.util.List;

/**
 * What a speech-to-text stream reports. Times are offsets from the start of the stream's audio, stable
 * across reconnects (the adapter adds the offset of the audio it replays).
 */
public sealed interface SpeechEvent {

    /** Text that may still change: for live captions only, never stored. */
    record Interim(String text, Duration start, Duration end, double confidence) implements SpeechEvent {
        public Interim {
            Require.nonNull(text, "text");
            Require.nonNull(start, "start");
            Require.nonNull(end, "end");
        }
    }

    /**
     * Text that will not change. {@code segmentId} identifies it for idempotent storage: the same audio
     * reported again (a retry) carries the same id. {@code endOfSpeech} is the provider's endpoint signal.
     */
    record Final(String segmentId, String text, Duration start, Duration end, double confidence, List<Word> words,
                 boolean endOfSpeech) implements SpeechEvent {
        public Final {
            segmentId = Require.text(segmentId, "segmentId", 200);
            Require.nonNull(text, "text");
            Require.nonNull(start, "start");
            Require.nonNull(end, "end");
            words = words == null ? List.of() : List.copyOf(words);
        }
    }

    record Word(String text, Duration start, Duration end, double confidence) {
    }

    /** Voice activity began (the provider's VAD), before any text. */
    record SpeechStarted(Duration at) implements SpeechEvent {
    }

    /** A gap after the last word long enough to call the utterance over. */
    record UtteranceEnd(Duration lastWordEnd) implements SpeechEvent {
    }

    /** The connection to the provider was lost; the adapter reconnects and replays unacknowledged audio. */
    record Interrupted(String reason, int attempt) implements SpeechEvent {
    }

    /** The stream gave up (no credentials, provider unreachable): audio from here on is not transcribed. */
    record Failed(String reason) implements SpeechEvent {
    }

    /**
     * The stream ended after {@link SpeechStream#finish}: every final result for the audio it transcribed was
     * delivered. {@code untranscribed} is audio it had to drop (an outage longer than its replay buffer).
     */
    record Closed(Duration untranscribed) implements SpeechEvent {
        public Closed {
            Require.nonNull(untranscribed, "untranscribed");
        }

        public boolean complete() {
            return untranscribed.isZero();
        }
    }
}
