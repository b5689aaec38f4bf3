package com.voicedesk.application.transcription;

import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.transcript.TranscriptRepository;
import com.voicedesk.domain.transcript.TranscriptSegment;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.function.Consumer;

/**
 * One subscriber's view of a transcript. Segments reach the sink gap-free and in sequence order exactly once:
 * a live segment is passed on only if it is the next one; otherwise (it overtook another, or came from another
 * instance's stream) the store is read from the last one passed on. {@link #poll} does that read on a timer,
 * which also finds segments stored by other instances and notices the end of the call.
 */
public final class TranscriptWatch implements AutoCloseable {

    private static final int PAGE = 200;

    private final TenantId tenant;
    private final CallId callId;
    private final CallRepository calls;
    private final TranscriptRepository transcripts;
    private final DatabaseWork database;
    private final TranscriptFeed feed;
    private Consumer<LiveTranscriptEvent> sink;
    private AutoCloseable subscription;
    private long lastSequence;
    private boolean ended;

    TranscriptWatch(TenantId tenant, CallId callId, long afterSequence, CallRepository calls,
                    TranscriptRepository transcripts, DatabaseWork database, TranscriptFeed feed) {
        this.tenant = tenant;
        this.callId = callId;
        this.lastSequence = afterSequence;
        this.calls = calls;
        this.transcripts = transcripts;
        this.database = database;
        this.feed = feed;
    }

    /**
     * Starts delivering to {@code sink}: subscribes to the live feed first (so that nothing stored between
     * the read and the subscription is missed), then reads the store.
     */
    public Uni<Boolean> start(Consumer<LiveTranscriptEvent> sink) {
        synchronized (this) {
            if (this.sink != null) {
                throw new IllegalStateException("A transcript watch starts once");
            }
            this.sink = sink;
            if (!ended) {
                subscription = feed.subscribe(callId, this::onLive);
            }
        }
        return poll();
    }

    /** Live events from this instance's media stream. */
    void onLive(LiveTranscriptEvent event) {
        switch (event) {
            case LiveTranscriptEvent.Segment segment -> {
                boolean gap;
                synchronized (this) {
                    if (ended) {
                        return;
                    }
                    long seq = segment.segment().sequence();
                    gap = seq > lastSequence + 1;
                    if (seq == lastSequence + 1) {
                        lastSequence = seq;
                        sink.accept(event);
                    }
                }
                if (gap) {
                    catchUp().subscribe().with(ignored -> { }, ignored -> { });
                }
            }
            case LiveTranscriptEvent.Ended ended -> poll().subscribe().with(ignored -> { }, ignored -> { });
            default -> {
                synchronized (this) {
                    if (!this.ended) {
                        sink.accept(event);
                    }
                }
            }
        }
    }

    /** Reads what was stored since the last segment passed on, and ends the watch once the call is done. */
    public Uni<Boolean> poll() {
        return catchUp().flatMap(ignored -> database.run(() -> calls.findById(tenant, callId))).map(call -> {
            boolean done = call.map(Call::isSettled).orElse(true);
            return done && end();
        });
    }

    /** The segments stored after the last one passed on, in order (as many pages as there are). */
    Uni<Void> catchUp() {
        long from;
        synchronized (this) {
            if (ended) {
                return Uni.createFrom().voidItem();
            }
            from = lastSequence;
        }
        return database.run(() -> transcripts.list(tenant, callId, from, PAGE)).flatMap(page -> {
            emit(page);
            return page.size() == PAGE ? catchUp() : Uni.createFrom().voidItem();
        });
    }

    private synchronized void emit(List<TranscriptSegment> segments) {
        for (TranscriptSegment segment : segments) {
            if (sink == null) {
                return;
            }
            if (ended) {
                return;
            }
            if (segment.sequence() == lastSequence + 1) {
                lastSequence = segment.sequence();
                sink.accept(new LiveTranscriptEvent.Segment(callId, segment));
            }
        }
    }

    private synchronized boolean end() {
        if (!ended) {
            ended = true;
            sink.accept(new LiveTranscriptEvent.Ended(callId));
            closeSubscription();
        }
        return true;
    }

    public synchronized long lastSequence() {
        return lastSequence;
    }

    @Override
    public synchronized void close() {
        ended = true;
        closeSubscription();
    }

    private void closeSubscription() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // closing a feed subscription only removes it from a map
            }
            subscription = null;
        }
    }
}
