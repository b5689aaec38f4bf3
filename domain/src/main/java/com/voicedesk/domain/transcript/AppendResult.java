package com.voicedesk.domain.transcript;

/** The stored segment, and whether it was already there (a re-sent segment is not stored twice). */
public record AppendResult(TranscriptSegment segment, boolean duplicate) {
}
