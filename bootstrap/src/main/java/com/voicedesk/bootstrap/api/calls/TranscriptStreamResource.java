package com.voicedesk.bootstrap.api.calls;

import com.voicedesk.application.transcription.LiveTranscriptEvent;
import com.voicedesk.application.transcription.TranscriptJson;
import com.voicedesk.application.transcription.TranscriptWatch;
import com.voicedesk.application.transcription.WatchTranscriptUseCase;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.bootstrap.telephony.CallsConfig;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A call's transcript as Server-Sent Events. {@code final} events carry the segment's sequence as their id,
 * so a reconnecting client (Last-Event-ID) resumes after the last segment it saw; {@code interim} and
 * {@code notice} events have no id and are not replayed (interim text is never stored). {@code ended} closes
 * the stream once the call is over and every segment was sent.
 */
@Path("/api/calls/{id}/transcript/stream")
@Tag(name = "Calls")
public class TranscriptStreamResource {

    private static final Logger LOG = Logger.getLogger(TranscriptStreamResource.class);

    private final WatchTranscriptUseCase watcher;
    private final CurrentTenant tenant;
    private final CallsConfig config;

    public TranscriptStreamResource(WatchTranscriptUseCase watcher, CurrentTenant tenant, CallsConfig config) {
        this.watcher = watcher;
        this.tenant = tenant;
        this.config = config;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live transcript (SSE): stored segments after Last-Event-ID, then interim and final text")
    public Multi<OutboundSseEvent> stream(@PathParam("id") String id, @HeaderParam("Last-Event-ID") String lastEventId,
                                          @Context Sse sse) {
        TenantId tenantId = tenant.id();
        CallId callId = CallId.of(id);
        long after = lastEventId(lastEventId);
        // an unknown call was answered 404 by TranscriptStreamCheck, before the stream began
        return watcher.watch(tenantId, callId, after).onItem().transformToMulti(
                watch -> Multi.createFrom().<OutboundSseEvent>emitter(emitter -> run(watch, callId, sse, emitter)));
    }

    private void run(TranscriptWatch watch, CallId callId, Sse sse, MultiEmitter<? super OutboundSseEvent> emitter) {
        AtomicReference<Cancellable> ticks = new AtomicReference<>();
        emitter.onTermination(() -> {
            watch.close();
            if (ticks.get() != null) {
                ticks.get().cancel();
            }
        });
        watch.start(event -> {
            emitter.emit(toSse(sse, event));
            if (event instanceof LiveTranscriptEvent.Ended) {
                emitter.complete();
            }
        }).subscribe().with(done -> {
            if (done || emitter.isCancelled()) {
                return;
            }
            ticks.set(Multi.createFrom().ticks().every(config.transcriptPollInterval())
                    .onItem().transformToUniAndConcatenate(tick -> watch.poll()
                            .onFailure().invoke(e -> LOG.debugf("Transcript poll for call %s failed: %s", callId, e))
                            .onFailure().recoverWithItem(false))
                    .subscribe().with(ignored -> { }));
        }, emitter::fail);
    }

    private static OutboundSseEvent toSse(Sse sse, LiveTranscriptEvent event) {
        OutboundSseEvent.Builder builder = sse.newEventBuilder().mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, TranscriptJson.of(event));
        return switch (event) {
            case LiveTranscriptEvent.Segment segment ->
                    builder.name("final").id(Long.toString(segment.segment().sequence())).build();
            case LiveTranscriptEvent.Interim interim -> builder.name("interim").build();
            case LiveTranscriptEvent.Notice notice -> builder.name("notice").build();
            case LiveTranscriptEvent.Ended ended -> builder.name("ended").build();
        };
    }

    private static long lastEventId(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Last-Event-ID", "must be a segment sequence number");
        }
    }
}
