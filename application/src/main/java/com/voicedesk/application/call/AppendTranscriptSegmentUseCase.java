package com.voicedesk.application.call;

import com.voicedesk.domain.transcript.AppendResult;
import com.voicedesk.domain.transcript.NewSegment;
import io.smallrye.mutiny.Uni;

public interface AppendTranscriptSegmentUseCase {

    /** Stores a final segment as it arrives: in order, once, even when re-sent or appended concurrently. */
    Uni<AppendResult> append(NewSegment segment);
}
