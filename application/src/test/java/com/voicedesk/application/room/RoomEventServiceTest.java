package com.voicedesk.application.room;

import com.voicedesk.domain.call.TranscriptStatus;
import com.voicedesk.application.room.HandleRoomEventUseCase.Outcome;
import com.voicedesk.application.support.FakeTransactions;
import com.voicedesk.application.support.InMemoryCalls;
import com.voicedesk.application.support.InMemoryConsultations;
import com.voicedesk.application.support.InMemoryTenants;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.consultation.Consultation;
import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.consultation.ConsultationStatus;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.event.AudioTapRequested;
import com.voicedesk.domain.event.CallCompleted;
import com.voicedesk.domain.event.DomainEvent;
import com.voicedesk.domain.room.AudioTapTarget;
import com.voicedesk.domain.room.AudioTaps;
import com.voicedesk.domain.room.EgressPurpose;
import com.voicedesk.domain.room.EgressStatus;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.PresenceEntry;
import com.voicedesk.domain.room.PresenceRepository;
import com.voicedesk.domain.room.RoomAccessPolicy;
import com.voicedesk.domain.room.RoomEgress;
import com.voicedesk.domain.room.RoomEgressRepository;
import com.voicedesk.domain.room.TrackSource;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.Tenant;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RoomEventServiceTest {

    private static final Instant T0 = Instant.parse("2026-05-01T18:00:00Z");

    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryCalls calls = new InMemoryCalls();
    private final InMemoryConsultations consultations = new InMemoryConsultations();
    private final FakeTransactions transactions = new FakeTransactions();
    private final List<String> presenceLog = new ArrayList<>();
    private final List<RoomEgress> egressLog = new ArrayList<>();
    private final List<DomainEvent> outbox = new ArrayList<>();
    private boolean tapsEnabled = true;
    private final Tenant m10 = tenants.add("m10-dj");

    private final PresenceRepository presence = new PresenceRepository() {
        @Override
        public Uni<Void> joined(PresenceEntry entry) {
            presenceLog.add("joined " + entry.identity() + " " + entry.roomName() + " " + entry.role());
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> left(TenantId tenant, String identity, String roomName, Instant at) {
            presenceLog.add("left " + identity + " " + roomName);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> roomClosed(TenantId tenant, String roomName, Instant at) {
            presenceLog.add("closed " + roomName);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<List<PresenceEntry>> list(TenantId tenant) {
            return Uni.createFrom().item(List.of());
        }

        @Override
        public Uni<List<PresenceEntry>> findByIdentity(TenantId tenant, String identity) {
            return Uni.createFrom().item(List.of());
        }
    };

    private final RoomEgressRepository egresses = new RoomEgressRepository() {
        @Override
        public Uni<Void> record(RoomEgress egress) {
            egressLog.add(egress);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<List<RoomEgress>> listByRooms(TenantId tenant, Collection<String> roomNames) {
            return Uni.createFrom().item(List.of());
        }

        @Override
        public Uni<Optional<RoomEgress>> findRunningTap(TenantId tenant, String roomName, String trackSid) {
            return Uni.createFrom().item(Optional.empty());
        }
    };

    private final AudioTaps taps = new AudioTaps() {
        @Override
        public boolean enabled() {
            return tapsEnabled;
        }

        @Override
        public Uni<RoomEgress> start(TenantId tenant, AudioTapTarget target) {
            throw new AssertionError("the webhook never starts a tap itself: it goes through the outbox");
        }
    };

    private final RoomEventService service = new RoomEventService(new TenantSlugs(tenants), transactions, presence, calls,
            consultations, egresses, taps, new RoomAccessPolicy(), event -> {
        outbox.add(event);
        return Uni.createFrom().voidItem();
    }, transactions);

    private Outcome handle(String eventId, RoomEvent event) {
        return service.handle(new RoomEventCommand(m10.id(), eventId, event)).await().indefinitely();
    }

    private Call callInRoom() {
        Call call = Call.outbound(m10.id(), ContactId.random(), CallPurpose.FOLLOW_UP, null, null, T0);
        call = call.withRoomName("m10-dj.call-" + call.id());
        calls.insert(call).await().indefinitely();
        return call;
    }

    @Test
    void presenceFollowsJoinsAndLeaves() {
        assertThat(handle("EV_1", new RoomEvent.ParticipantJoined("m10-dj.assistant-ben", "ben", ParticipantRole.ADMIN, T0)))
                .isEqualTo(Outcome.APPLIED);
        assertThat(handle("EV_2", new RoomEvent.ParticipantLeft("m10-dj.assistant-ben", "ben", T0.plusSeconds(5))))
                .isEqualTo(Outcome.APPLIED);
        assertThat(presenceLog).containsExactly("joined ben m10-dj.assistant-ben ADMIN", "left ben m10-dj.assistant-ben");
    }

    @Test
    void aRedeliveredEventIsANoOp() {
        RoomEvent join = new RoomEvent.ParticipantJoined("m10-dj.assistant-ben", "ben", ParticipantRole.ADMIN, T0);
        assertThat(handle("EV_1", join)).isEqualTo(Outcome.APPLIED);
        assertThat(handle("EV_1", join)).isEqualTo(Outcome.DUPLICATE);
        assertThat(presenceLog).hasSize(1);
    }

    @Test
    void roomsOfOtherTenantsAndForeignNamesAreIgnored() {
        assertThat(handle("EV_1", new RoomEvent.ParticipantJoined("other-dj.assistant-eve", "eve", null, T0)))
                .isEqualTo(Outcome.IGNORED);
        assertThat(handle("EV_2", new RoomEvent.RoomStarted("somebody-elses-room", T0))).isEqualTo(Outcome.IGNORED);
        assertThat(presenceLog).isEmpty();
        assertThat(transactions.commits()).isZero();
    }

    @Test
    void roomStartAndFinishMoveTheLinkedCallAndAnnounceItsEndOnce() {
        Call call = callInRoom();
        handle("EV_1", new RoomEvent.RoomStarted(call.roomName(), T0.plusSeconds(1)));
        assertThat(calls.get(call.id()).status()).isEqualTo(CallStatus.IN_PROGRESS);
        assertThat(calls.get(call.id()).answeredAt()).isEqualTo(T0.plusSeconds(1));

        handle("EV_2", new RoomEvent.RoomFinished(call.roomName(), T0.plusSeconds(61)));
        Call ended = calls.get(call.id());
        assertThat(ended.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(ended.talkTime()).hasSeconds(60);
        assertThat(presenceLog).containsExactly("closed " + call.roomName());
        assertThat(outbox).containsExactly(new CallCompleted(m10.id(), call.id(), CallStatus.COMPLETED, T0.plusSeconds(61)));

        // A late start and a second finish (new event ids) are harmless.
        assertThat(handle("EV_3", new RoomEvent.RoomStarted(call.roomName(), T0))).isEqualTo(Outcome.APPLIED);
        assertThat(handle("EV_4", new RoomEvent.RoomFinished(call.roomName(), T0.plusSeconds(90)))).isEqualTo(Outcome.APPLIED);
        assertThat(calls.get(call.id())).isEqualTo(ended);
        assertThat(outbox).hasSize(1);
    }

    @Test
    void aCallRoomFindsItsCallByTheIdInItsName() {
        Call call = Call.outbound(m10.id(), ContactId.random(), CallPurpose.FOLLOW_UP, null, null, T0);
        calls.insert(call).await().indefinitely();
        handle("EV_1", new RoomEvent.RoomStarted("m10-dj.call-" + call.id(), T0.plusSeconds(1)));
        assertThat(calls.get(call.id()).status()).isEqualTo(CallStatus.IN_PROGRESS);
    }

    @Test
    void aLostOptimisticLockIsAppliedAgainOnFreshState() {
        Call call = callInRoom();
        calls.failNextUpdates(2);
        assertThat(handle("EV_1", new RoomEvent.RoomStarted(call.roomName(), T0))).isEqualTo(Outcome.APPLIED);
        assertThat(calls.get(call.id()).status()).isEqualTo(CallStatus.IN_PROGRESS);
        assertThat(transactions.commits()).isEqualTo(1);
    }

    @Test
    void aRoomThatFinishesWhileItsTranscriptIsStillBeingWrittenLeavesTheAnnouncementToTheTranscript() {
        ConsultationId id = ConsultationId.random();
        String room = "m10-dj.consultation-" + id;
        Call call = Call.outbound(m10.id(), ContactId.random(), CallPurpose.CONSULTATION, "ben", "client", T0)
                .withRoomName(room).withTranscriptStatus(TranscriptStatus.LIVE);
        calls.insert(call).await().indefinitely();
        consultations.insert(Consultation.open(id, m10.id(), call.contactId(), call.id(), room, null, false, "ben", T0))
                .await().indefinitely();

        handle("EV_1", new RoomEvent.RoomStarted(room, T0.plusSeconds(2)));
        handle("EV_2", new RoomEvent.RoomFinished(room, T0.plusSeconds(302)));

        assertThat(calls.get(call.id()).status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(outbox).noneMatch(event -> event instanceof CallCompleted);
    }

    @Test
    void consultationRoomsUpdateTheConsultationAndItsCall() {
        ConsultationId id = ConsultationId.random();
        String room = "m10-dj.consultation-" + id;
        Call call = Call.outbound(m10.id(), ContactId.random(), CallPurpose.CONSULTATION, "ben", "client", T0).withRoomName(room);
        calls.insert(call).await().indefinitely();
        consultations.insert(Consultation.open(id, m10.id(), call.contactId(), call.id(), room, null, false, "ben", T0))
                .await().indefinitely();

        handle("EV_1", new RoomEvent.RoomStarted(room, T0.plusSeconds(2)));
        handle("EV_2", new RoomEvent.RoomFinished(room, T0.plusSeconds(302)));

        Consultation ended = consultations.get(id);
        assertThat(ended.status()).isEqualTo(ConsultationStatus.ENDED);
        assertThat(ended.duration()).hasValueSatisfying(d -> assertThat(d).hasMinutes(5));
        assertThat(calls.get(call.id()).status()).isEqualTo(CallStatus.COMPLETED);
    }

    @Test
    void aPublishedMicrophoneInATranscribedRoomAsksForATapThroughTheOutbox() {
        ConsultationId id = ConsultationId.random();
        String room = "m10-dj.consultation-" + id;
        CallId callId = CallId.random();
        consultations.insert(Consultation.open(id, m10.id(), ContactId.random(), callId, room, null, false, "ben", T0))
                .await().indefinitely();

        handle("EV_1", new RoomEvent.TrackPublished(room, "client-1", ParticipantRole.CLIENT, "TR_mic", TrackSource.MICROPHONE, true));
        handle("EV_2", new RoomEvent.TrackPublished(room, "client-1", ParticipantRole.CLIENT, "TR_cam", TrackSource.CAMERA, false));
        handle("EV_3", new RoomEvent.TrackPublished("m10-dj.call-" + CallId.random(), "ben", ParticipantRole.ADMIN, "TR_x",
                TrackSource.MICROPHONE, true));
        handle("EV_4", new RoomEvent.TrackPublished(room, "bot", ParticipantRole.BOT, "TR_bot", TrackSource.MICROPHONE, true));

        assertThat(outbox).containsExactly(new AudioTapRequested(m10.id(), new AudioTapTarget(room, "client-1", ParticipantRole.CLIENT, "TR_mic", callId)));

        tapsEnabled = false;
        handle("EV_5", new RoomEvent.TrackPublished(room, "ben", ParticipantRole.ADMIN, "TR_ben", TrackSource.MICROPHONE, true));
        assertThat(outbox).hasSize(1);
    }

    @Test
    void egressReportsAreRecorded() {
        RoomEgress egress = new RoomEgress(m10.id(), "EG_1", "m10-dj.consultation-x", EgressPurpose.RECORDING, null,
                EgressStatus.COMPLETE, "s3://bucket/file.mp4", null, T0, T0.plusSeconds(60), T0.plusSeconds(61));
        handle("EV_1", new RoomEvent.EgressUpdated(egress));
        assertThat(egressLog).containsExactly(egress);
    }
}
