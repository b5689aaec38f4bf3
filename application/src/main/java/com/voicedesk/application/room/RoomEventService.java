package com.voicedesk.application.room;

import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.consultation.Consultation;
import com.voicedesk.domain.consultation.ConsultationRepository;
import com.voicedesk.domain.event.AudioTapRequested;
import com.voicedesk.domain.event.CallCompleted;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.room.AudioTapTarget;
import com.voicedesk.domain.room.AudioTaps;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.PresenceEntry;
import com.voicedesk.domain.room.PresenceRepository;
import com.voicedesk.domain.room.RoomAccessPolicy;
import com.voicedesk.domain.room.RoomEgressRepository;
import com.voicedesk.domain.room.RoomName;
import com.voicedesk.domain.room.RoomType;
import com.voicedesk.domain.room.TrackSource;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps presence, calls, consultations and recordings in step with the media server's webhooks. Each event is
 * applied in one unit of work together with its idempotency mark, so a redelivery is a no-op and a failure
 * leaves nothing half-done (the provider retries). Two events racing for the same call meet the optimistic
 * lock; the loser is applied again on fresh state. Stale or out-of-order reports are harmless: the call
 * state machine and the time-guarded stores ignore them instead of failing.
 */
public final class RoomEventService implements HandleRoomEventUseCase, PresenceQueriesUseCase {

    public static final String PROVIDER = "livekit";
    private static final int CONFLICT_RETRIES = 5;
    private static final System.Logger LOG = System.getLogger(RoomEventService.class.getName());

    private final TenantSlugs slugs;
    private final ProcessedWebhookEvents processed;
    private final PresenceRepository presence;
    private final CallRepository calls;
    private final ConsultationRepository consultations;
    private final RoomEgressRepository egresses;
    private final AudioTaps taps;
    private final RoomAccessPolicy policy;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;

    public RoomEventService(TenantSlugs slugs, ProcessedWebhookEvents processed, PresenceRepository presence,
                            CallRepository calls, ConsultationRepository consultations, RoomEgressRepository egresses,
                            AudioTaps taps, RoomAccessPolicy policy, Outbox outbox, UnitOfWork unitOfWork) {
        this.slugs = slugs;
        this.processed = processed;
        this.presence = presence;
        this.calls = calls;
        this.consultations = consultations;
        this.egresses = egresses;
        this.taps = taps;
        this.policy = policy;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Uni<Outcome> handle(RoomEventCommand command) {
        TenantId tenant = command.tenantId();
        return slugs.of(tenant).flatMap(slug -> {
            Optional<RoomName> room = RoomName.parse(command.event().roomName()).filter(r -> r.belongsTo(slug));
            if (room.isEmpty()) {
                LOG.log(System.Logger.Level.DEBUG, "Ignoring event {0} about room {1}: not a room of tenant {2}",
                        command.eventId(), command.event().roomName(), slug);
                return Uni.createFrom().item(Outcome.IGNORED);
            }
            return Uni.createFrom().deferred(() -> unitOfWork.inTransaction(() ->
                            processed.markProcessed(PROVIDER, command.eventId(), tenant).flatMap(first -> first
                                    ? apply(tenant, room.get(), command.event()).replaceWith(Outcome.APPLIED)
                                    : Uni.createFrom().item(Outcome.DUPLICATE))))
                    .onFailure(ConflictException.class).retry()
                    .withBackOff(Duration.ofMillis(5), Duration.ofMillis(100)).atMost(CONFLICT_RETRIES);
        });
    }

    @Override
    public Uni<List<PresenceEntry>> presence(TenantId tenant, String identity) {
        return identity == null || identity.isBlank() ? presence.list(tenant) : presence.findByIdentity(tenant, identity.strip());
    }

    private Uni<Void> apply(TenantId tenant, RoomName room, RoomEvent event) {
        String name = room.value();
        return switch (event) {
            case RoomEvent.RoomStarted started -> roomStarted(tenant, room, started.at());
            case RoomEvent.RoomFinished finished -> presence.roomClosed(tenant, name, finished.at())
                    .chain(() -> roomFinished(tenant, room, finished.at()));
            case RoomEvent.ParticipantJoined joined ->
                    presence.joined(new PresenceEntry(tenant, joined.identity(), name, joined.role(), joined.at()));
            case RoomEvent.ParticipantLeft left -> presence.left(tenant, left.identity(), name, left.at());
            case RoomEvent.TrackPublished track -> trackPublished(tenant, room, track);
            case RoomEvent.EgressUpdated egress -> egresses.record(egress.egress());
        };
    }

    private Uni<Void> roomStarted(TenantId tenant, RoomName room, Instant at) {
        return consultation(tenant, room)
                .flatMap(consultation -> consultation.flatMap(c -> c.roomStarted(at))
                        .map(started -> consultations.update(started).replaceWithVoid())
                        .orElseGet(() -> Uni.createFrom().voidItem()))
                .chain(() -> linkedCall(tenant, room))
                .flatMap(call -> call.filter(c -> c.status().canMoveTo(CallStatus.IN_PROGRESS))
                        .map(c -> calls.update(c.moveTo(CallStatus.IN_PROGRESS, at)).replaceWithVoid())
                        .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    private Uni<Void> roomFinished(TenantId tenant, RoomName room, Instant at) {
        return consultation(tenant, room)
                .flatMap(consultation -> consultation.flatMap(c -> c.roomFinished(at))
                        .map(ended -> consultations.update(ended).replaceWithVoid())
                        .orElseGet(() -> Uni.createFrom().voidItem()))
                .chain(() -> linkedCall(tenant, room))
                .flatMap(call -> call.filter(c -> c.status().canMoveTo(CallStatus.COMPLETED))
                        .map(c -> completeCall(c, at))
                        .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    /**
     * The call is over. It is announced (and analysed) once it is also settled: with its transcript still
     * being written, the transcription announces it when the last segment is in.
     */
    private Uni<Void> completeCall(Call call, Instant at) {
        Call completed = call.moveTo(CallStatus.COMPLETED, at);
        return calls.update(completed).chain(saved -> saved.isSettled()
                ? outbox.enqueue(new CallCompleted(saved.tenantId(), saved.id(), saved.status(), saved.endedAt()))
                : Uni.createFrom().voidItem());
    }

    private Uni<Void> trackPublished(TenantId tenant, RoomName room, RoomEvent.TrackPublished track) {
        if (!track.audio() || track.source() != TrackSource.MICROPHONE || track.role() == ParticipantRole.BOT
                || !policy.transcribes(room.type()) || !taps.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return consultation(tenant, room).flatMap(consultation -> {
            CallId call = consultation.map(Consultation::callId).orElse(null);
            return outbox.enqueue(new AudioTapRequested(tenant,
                    new AudioTapTarget(room.value(), track.identity(), track.role(), track.trackSid(), call)));
        });
    }

    private Uni<Optional<Consultation>> consultation(TenantId tenant, RoomName room) {
        return room.type() == RoomType.CONSULTATION
                ? consultations.findByRoomName(tenant, room.value())
                : Uni.createFrom().item(Optional.empty());
    }

    /** The call of a call or consultation room: by its stored room name, else by the id the name carries. */
    private Uni<Optional<Call>> linkedCall(TenantId tenant, RoomName room) {
        if (room.type() != RoomType.CALL && room.type() != RoomType.CONSULTATION) {
            return Uni.createFrom().item(Optional.empty());
        }
        return calls.findByRoomName(tenant, room.value()).flatMap(found -> {
            if (found.isPresent() || room.type() != RoomType.CALL) {
                return Uni.createFrom().item(found);
            }
            try {
                return calls.findById(tenant, CallId.of(room.key()));
            } catch (InvalidValueException notAnId) {
                return Uni.createFrom().item(Optional.<Call>empty());
            }
        });
    }
}
