package com.voicedesk.application.transcription;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;


/**
 * A call's transcript as it happens: the stored segments after {@code afterSequence} (a resuming client's
 * last seen one), then live events, once {@link TranscriptWatch#start} is given a sink. Fails with
 * NotFoundException for a call outside the tenant, before anything is sent.
 */
public interface WatchTranscriptUseCase {

    Uni<TranscriptWatch> watch(TenantId tenant, CallId callId, long afterSequence);
}
