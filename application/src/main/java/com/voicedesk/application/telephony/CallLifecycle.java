package com.voicedesk.application.telephony;

import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.call.TranscriptStatus;
import com.voicedesk.domain.event.CallCompleted;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A call's state as the provider and the transcription report it. Analysis must run once, on a whole
 * transcript, so {@link CallCompleted} is written when a call is both over (a terminal status) and its
 * transcript settled (not LIVE), in the unit of work of whichever change makes that true first. Changes
 * use the call's optimistic lock and are retried on conflict, so two concurrent changes cannot both see
 * themselves as "first". A transcript still LIVE {@code settleTimeout} after the call ended is marked
 * INCOMPLETE (its media stream was lost), which writes the event.
 */
public final class CallLifecycle implements UpdateCallStatusUseCase {

    private static final System.Logger LOG = System.getLogger(CallLifecycle.class.getName());
    static final String STATUS_EVENTS = "twilio-status";

    private final CallRepository calls;
    private final Outbox outbox;
    private final ProcessedWebhookEvents processed;
    private final UnitOfWork unitOfWork;
    private final DatabaseWork database;
    private final Clock clock;
    private final Duration settleTimeout;

    public CallLifecycle(CallRepository calls, Outbox outbox, ProcessedWebhookEvents processed, UnitOfWork unitOfWork,
                         DatabaseWork database, Clock clock, Duration settleTimeout) {
        this.calls = calls;
        this.outbox = outbox;
        this.processed = processed;
        this.unitOfWork = unitOfWork;
        this.database = database;
        this.clock = clock;
        this.settleTimeout = settleTimeout;
    }

    @Override
    public Uni<StatusOutcome> update(UpdateCallStatusCommand command) {
        return database.runRetryingConflicts(() -> unitOfWork.inTransaction(() ->
                processed.markProcessed(STATUS_EVENTS, command.eventKey(), command.tenantId()).flatMap(first -> {
                    if (!first) {
                        return Uni.createFrom().item(StatusOutcome.DUPLICATE);
                    }
                    return calls.findByProviderCallId(command.tenantId(), command.providerCallId())
                            .flatMap(found -> found.isEmpty()
                                    ? Uni.createFrom().item(StatusOutcome.UNKNOWN_CALL)
                                    : applyStatus(found.get(), command));
                })));
    }

    private Uni<StatusOutcome> applyStatus(Call call, UpdateCallStatusCommand command) {
        if (call.status() == command.status() || !call.status().canMoveTo(command.status())) {
            LOG.log(System.Logger.Level.DEBUG, "Call {0}: status {1} after {2} ignored (repeated or out of order)",
                    call.id(), command.status(), call.status());
            return Uni.createFrom().item(StatusOutcome.IGNORED);
        }
        Instant at = command.at() == null ? clock.instant() : command.at();
        return save(call, call.moveTo(command.status(), at)).invoke(saved -> {
            if (saved.status().isTerminal() && saved.transcriptStatus() == TranscriptStatus.LIVE) {
                scheduleSettleCheck(saved.tenantId(), saved.id());
            }
        }).replaceWith(StatusOutcome.APPLIED);
    }

    /** The media stream began: the call is answered and its transcript live. The room name, if any. */
    public Uni<Optional<String>> transcriptStarted(TenantId tenant, CallId callId) {
        return change(tenant, callId, call -> {
            Call moved = call.status() == CallStatus.RINGING || call.status() == CallStatus.QUEUED
                    ? call.moveTo(CallStatus.IN_PROGRESS, clock.instant()) : call;
            // an ended call keeps its settled transcript status: its completion event may already be written
            return moved.status().isTerminal() || moved.transcriptStatus() != TranscriptStatus.NONE
                    ? moved : moved.withTranscriptStatus(TranscriptStatus.LIVE);
        }).map(call -> Optional.ofNullable(call.roomName()));
    }

    /** The media stream and its speech-to-text ended; {@code complete} is false when audio went untranscribed. */
    public Uni<Call> transcriptFinished(TenantId tenant, CallId callId, boolean complete) {
        return change(tenant, callId, call -> {
            if (call.transcriptStatus() == TranscriptStatus.INCOMPLETE) {
                return call;
            }
            return call.withTranscriptStatus(complete ? TranscriptStatus.COMPLETE : TranscriptStatus.INCOMPLETE);
        });
    }

    private void scheduleSettleCheck(TenantId tenant, CallId callId) {
        Uni.createFrom().voidItem().onItem().delayIt().by(settleTimeout)
                .chain(() -> change(tenant, callId, call -> {
                    if (call.transcriptStatus() != TranscriptStatus.LIVE) {
                        return call;
                    }
                    LOG.log(System.Logger.Level.WARNING, "Call {0} ended {1} ago and its media stream never finished; "
                            + "transcript marked INCOMPLETE", callId, settleTimeout);
                    return call.withTranscriptStatus(TranscriptStatus.INCOMPLETE);
                }))
                .subscribe().with(ignored -> { }, failure -> LOG.log(System.Logger.Level.WARNING,
                        "Settling the transcript of call " + callId + " failed", failure));
    }

    private Uni<Call> change(TenantId tenant, CallId callId, UnaryOperator<Call> change) {
        return database.runRetryingConflicts(() -> unitOfWork.inTransaction(() -> calls.findById(tenant, callId)
                .flatMap(found -> {
                    Call current = found.orElseThrow(() -> new com.voicedesk.domain.shared.NotFoundException("Call", callId));
                    Call next = change.apply(current);
                    return next.equals(current) ? Uni.createFrom().item(current) : save(current, next);
                })));
    }

    /** Stores the change, and the completion event if this change is the one that makes the call done. */
    private Uni<Call> save(Call before, Call after) {
        boolean completesNow = !before.isSettled() && after.isSettled();
        return calls.update(after).call(saved -> completesNow
                ? outbox.enqueue(new CallCompleted(saved.tenantId(), saved.id(), saved.status(),
                saved.endedAt() == null ? clock.instant() : saved.endedAt()))
                : Uni.createFrom().voidItem());
    }
}
