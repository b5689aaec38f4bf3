package com.voicedesk.application.transcription;

import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.transcript.TranscriptRepository;
import io.smallrye.mutiny.Uni;


/** Opens {@link TranscriptWatch}es for calls of the tenant. */
public final class TranscriptWatcher implements WatchTranscriptUseCase {

    private final CallRepository calls;
    private final TranscriptRepository transcripts;
    private final TranscriptFeed feed;
    private final DatabaseWork database;

    public TranscriptWatcher(CallRepository calls, TranscriptRepository transcripts, TranscriptFeed feed,
                             DatabaseWork database) {
        this.calls = calls;
        this.transcripts = transcripts;
        this.feed = feed;
        this.database = database;
    }

    @Override
    public Uni<TranscriptWatch> watch(TenantId tenant, CallId callId, long afterSequence) {
        return database.run(() -> calls.findById(tenant, callId)).map(call -> {
            if (call.isEmpty()) {
                throw new NotFoundException("Call", callId);
            }
            return new TranscriptWatch(tenant, callId, Math.max(0, afterSequence), calls, transcripts, database, feed);
        });
    }
}
