package com.voicedesk.application.call;

import com.voicedesk.domain.analysis.CallAnalysisRepository;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallFilter;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.transcript.AppendResult;
import com.voicedesk.domain.transcript.NewSegment;
import com.voicedesk.domain.transcript.TranscriptRepository;
import io.smallrye.mutiny.Uni;

/** Calls as the admin sees them, and the transcript store's front door. */
public final class CallService implements CallQueriesUseCase, AppendTranscriptSegmentUseCase {

    /** A call's transcript is read whole; this bounds a pathological one. */
    static final int MAX_SEGMENTS_SHOWN = 10_000;

    private final CallRepository calls;
    private final TranscriptRepository transcripts;
    private final CallAnalysisRepository analyses;

    public CallService(CallRepository calls, TranscriptRepository transcripts, CallAnalysisRepository analyses) {
        this.calls = calls;
        this.transcripts = transcripts;
        this.analyses = analyses;
    }

    @Override
    public Uni<Page<Call>> list(TenantId tenant, CallFilter filter, PageRequest page) {
        return calls.list(tenant, filter, page);
    }

    @Override
    public Uni<CallDetail> detail(TenantId tenant, CallId id) {
        return calls.findById(tenant, id)
                .map(found -> found.orElseThrow(() -> new NotFoundException("Call", id)))
                .flatMap(call -> transcripts.list(tenant, id, 0, MAX_SEGMENTS_SHOWN)
                        .flatMap(segments -> analyses.findByCall(tenant, id)
                                .map(analysis -> new CallDetail(call, segments, analysis))));
    }

    @Override
    public Uni<AppendResult> append(NewSegment segment) {
        return transcripts.append(segment);
    }
}
