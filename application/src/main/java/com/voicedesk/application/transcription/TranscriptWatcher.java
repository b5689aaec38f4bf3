package com.voicedesk.application.transcription;

import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.transcript.TranscriptRepository;
import io.smallrye.mutiny.Uni;

import java.util.function.Consumer;

/** Opens {@link TranscriptWatch}es: checks the call, subscribes to the live feed first, then reads the store. */
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
    public Uni<TranscriptWatch> watch(TenantId tenant, CallId callId, long afterSequence,
                                      Consumer<LiveTranscriptEvent> sink) {
        return database.run(() -> calls.findById(tenant, callId)).flatMap(call -> {
            if (call.isEmpty()) {
                return Uni.createFrom().failure(new NotFoundException("Call", callId));
            }
            TranscriptWatch watch = new TranscriptWatch(tenant, callId, Math.max(0, afterSequence), calls, transcripts,
                    database, sink);
            // live first, so that nothing stored between the read and the subscription is missed
            watch.subscribedWith(feed.subscribe(callId, watch::onLive));
            return watch.poll().replaceWith(watch);
        });
    }
}
