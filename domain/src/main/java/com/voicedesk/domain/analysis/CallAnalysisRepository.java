package com.voicedesk.domain.analysis;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

/** One analysis per call, at most. */
public interface CallAnalysisRepository {

    /** Stores the analysis; false (and nothing stored) when the call already has one. */
    Uni<Boolean> insertIfAbsent(CallAnalysis analysis);

    Uni<Optional<CallAnalysis>> findByCall(TenantId tenant, CallId call);
}
