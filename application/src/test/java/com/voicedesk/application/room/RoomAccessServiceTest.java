package com.voicedesk.application.room;

import com.voicedesk.application.support.InMemoryCalls;
import com.voicedesk.application.support.InMemoryConsultations;
import com.voicedesk.application.support.InMemoryTenants;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.consultation.Consultation;
import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.RoomAccess;
import com.voicedesk.domain.room.RoomAccessPolicy;
import com.voicedesk.domain.room.RoomToken;
import com.voicedesk.domain.room.RoomType;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.tenant.Tenant;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoomAccessServiceTest {

    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryCalls calls = new InMemoryCalls();
    private final InMemoryConsultations consultations = new InMemoryConsultations();
    private final List<RoomAccess> signed = new ArrayList<>();
    private final RoomAccessService service = new RoomAccessService(new RoomAccessPolicy(), (tenant, access) -> {
        signed.add(access);
        return Uni.createFrom().item(new RoomToken("jwt", URI.create("wss://lk.example"), access.room().value(),
                access.identity(), Instant.EPOCH));
    }, new TenantSlugs(tenants), calls, consultations);
    private final Tenant m10 = tenants.add("m10-dj");
    private final Tenant other = tenants.add("other-dj");

    private RoomToken issue(Tenant tenant, RoomType type, ParticipantRole role, String identity, String name, String room) {
        return service.issue(new IssueRoomTokenCommand(tenant.id(), type, role, identity, name, room)).await().indefinitely();
    }

    @Test
    void anAssistantRoomIsTheCallersOwn() {
        assertThat(issue(m10, RoomType.ADMIN_ASSISTANT, ParticipantRole.ADMIN, "ben", "Ben", null).roomName())
                .isEqualTo("m10-dj.assistant-ben");
        assertThat(issue(m10, RoomType.ADMIN_ASSISTANT, ParticipantRole.ADMIN, "ben", "Ben", "ben").roomName())
                .isEqualTo("m10-dj.assistant-ben");
        assertThatThrownBy(() -> issue(m10, RoomType.ADMIN_ASSISTANT, ParticipantRole.ADMIN, "ben", "Ben", "sarah"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCallRoomNeedsACallOfTheCallersTenant() {
        Call call = Call.outbound(m10.id(), ContactId.random(), CallPurpose.FOLLOW_UP, "+15550100000", "+15550102000",
                Instant.EPOCH);
        calls.insert(call).await().indefinitely();

        assertThat(issue(m10, RoomType.CALL, ParticipantRole.ADMIN, "ben", null, call.id().toString()).roomName())
                .isEqualTo("m10-dj.call-" + call.id());
        assertThatThrownBy(() -> issue(other, RoomType.CALL, ParticipantRole.ADMIN, "eve", null, call.id().toString()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> issue(m10, RoomType.CALL, ParticipantRole.ADMIN, "ben", null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("room:");
    }

    @Test
    void aStoredRoomOfAnotherTenantIsNeverHandedOut() {
        Call call = Call.outbound(m10.id(), ContactId.random(), CallPurpose.FOLLOW_UP, null, null, Instant.EPOCH)
                .withRoomName("other-dj.call-smuggled");
        calls.insert(call).await().indefinitely();
        assertThatThrownBy(() -> issue(m10, RoomType.CALL, ParticipantRole.ADMIN, "ben", null, call.id().toString()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aConsultationClientGetsTheConsultationsRoomUnderTheirName() {
        ConsultationId id = ConsultationId.random();
        consultations.insert(Consultation.open(id, m10.id(), ContactId.random(), com.voicedesk.domain.call.CallId.random(),
                "m10-dj.consultation-" + id, null, false, "ben", Instant.EPOCH)).await().indefinitely();

        RoomToken token = issue(m10, RoomType.CONSULTATION, ParticipantRole.CLIENT, "client-1", "Sarah", id.toString());
        assertThat(token.roomName()).isEqualTo("m10-dj.consultation-" + id);
        assertThat(signed.getLast().displayName()).isEqualTo("Sarah");
        assertThatThrownBy(() -> issue(other, RoomType.CONSULTATION, ParticipantRole.ADMIN, "eve", null, id.toString()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusedCombinationsAreRefusedBeforeAnyLookup() {
        assertThatThrownBy(() -> issue(m10, RoomType.COLLABORATION, ParticipantRole.CLIENT, "c", "C", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> issue(m10, RoomType.CALL, ParticipantRole.CLIENT, "c", "C", "not-even-an-id"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signed).isEmpty();
    }

    @Test
    void collaborationRoomsAreNamedWithinTheTenant() {
        assertThat(issue(m10, RoomType.COLLABORATION, ParticipantRole.ADMIN, "ben", null, null).roomName())
                .isEqualTo("m10-dj.collaboration-team");
        assertThat(issue(other, RoomType.COLLABORATION, ParticipantRole.ADMIN, "eve", null, "planning").roomName())
                .isEqualTo("other-dj.collaboration-planning");
    }
}
