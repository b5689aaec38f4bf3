package com.voicedesk.application.call;

import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.transcript.TranscriptSegment;

import java.util.List;
import java.util.Optional;

/** A call with its transcript (in order) and its analysis once there is one. */
public record CallDetail(Call call, List<TranscriptSegment> transcript, Optional<CallAnalysis> analysis) {

    public CallDetail {
        transcript = List.copyOf(transcript);
    }
}
