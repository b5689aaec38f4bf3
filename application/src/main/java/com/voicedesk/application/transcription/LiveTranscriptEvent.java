package com.voicedesk.application.transcription;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.transcript.Speaker;
import com.voicedesk.domain.transcript.TranscriptSegment;

import java.time.Duration;

/** What live transcript subscribers (the SSE stream, the call's room) are told. */
public sealed interface LiveTranscriptEvent {

    CallId callId();

    /** Text still being recognised: shown, then replaced; never stored, so not replayed to late subscribers. */
    record Interim(CallId callId, Speaker speaker, String text, Duration start, Duration end) implements LiveTranscriptEvent {
    }

    /** A segment stored in the transcript, with its sequence number. */
    record Segment(CallId callId, TranscriptSegment segment) implements LiveTranscriptEvent {
    }

    /** Transcription trouble or recovery, in words for the admin ("speech-to-text unavailable ..."). */
    record Notice(CallId callId, String message) implements LiveTranscriptEvent {
    }

    /** The media stream ended and every segment was stored: nothing more will come. */
    record Ended(CallId callId) implements LiveTranscriptEvent {
    }
}
