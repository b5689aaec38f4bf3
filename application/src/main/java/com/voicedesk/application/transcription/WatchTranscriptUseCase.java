package com.voicedesk.application.transcription;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.function.Consumer;

/**
 * A call's transcript as it happens: the stored segments after {@code afterSequence} (a resuming client's
 * last seen one), then live events. Fails with NotFoundException for a call outside the tenant.
 */
public interface WatchTranscriptUseCase {

    Uni<TranscriptWatch> watch(TenantId tenant, CallId callId, long afterSequence, Consumer<LiveTranscriptEvent> sink);
}
