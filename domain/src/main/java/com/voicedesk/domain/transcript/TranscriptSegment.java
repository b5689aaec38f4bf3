package com.voicedesk.domain.transcript;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.Require;

import java.time.Duration;
import java.time.Instant;

/**
 * A stored final segment. {@code sequence} is its place in the call's transcript (1, 2, 3, ...),
 * assigned by the store in commit order; segments are never edited or removed.
 */
public record TranscriptSegment(
        CallId callId,
        long sequence,
        String providerSegmentId,
        Speaker speaker,
        String speakerLabel,
        String text,
        Duration start,
        Duration end,
        double confidence,
        Instant receivedAt) {

    public TranscriptSegment {
        Require.nonNull(callId, "callId");
        Require.range(sequence, 1, Long.MAX_VALUE, "sequence");
        Require.nonNull(speaker, "speaker");
        Require.nonNull(text, "text");
    }

    public static TranscriptSegment placed(NewSegment segment, long sequence) {
        return new TranscriptSegment(segment.callId(), sequence, segment.providerSegmentId(), segment.speaker(),
                segment.speakerLabel(), segment.text(), segment.start(), segment.end(), segment.confidence(),
                segment.receivedAt());
    }
}
