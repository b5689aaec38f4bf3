package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.tenant.TenantSlug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static com.voicedesk.domain.room.ParticipantRole.ADMIN;
import static com.voicedesk.domain.room.ParticipantRole.BOT;
import static com.voicedesk.domain.room.ParticipantRole.CLIENT;
import static com.voicedesk.domain.room.ParticipantRole.OBSERVER;
import static com.voicedesk.domain.room.RoomType.ADMIN_ASSISTANT;
import static com.voicedesk.domain.room.RoomType.CALL;
import static com.voicedesk.domain.room.RoomType.COLLABORATION;
import static com.voicedesk.domain.room.RoomType.CONSULTATION;
import static com.voicedesk.domain.room.TrackSource.CAMERA;
import static com.voicedesk.domain.room.TrackSource.MICROPHONE;
import static com.voicedesk.domain.room.TrackSource.SCREEN_SHARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoomAccessPolicyTest {

    private static final TenantSlug TENANT = new TenantSlug("m10-dj");
    private final RoomAccessPolicy policy = new RoomAccessPolicy();

    /** The whole table: every type x role, with the grants expected (null: refused). */
    static Stream<Arguments> table() {
        Duration half = Duration.ofMinutes(30);
        Duration hour = Duration.ofHours(1);
        Duration two = Duration.ofHours(2);
        RoomGrants observerCall = new RoomGrants(true, false, Set.of(), true, false, true, hour);
        RoomGrants observerConsultation = new RoomGrants(true, false, Set.of(), true, false, true, two);
        return Stream.of(
                Arguments.of(ADMIN_ASSISTANT, ADMIN, new RoomGrants(true, false, Set.of(MICROPHONE), true, true, false, half)),
                Arguments.of(ADMIN_ASSISTANT, CLIENT, null),
                Arguments.of(ADMIN_ASSISTANT, BOT, null),
                Arguments.of(ADMIN_ASSISTANT, OBSERVER, null),
                Arguments.of(CALL, ADMIN, new RoomGrants(true, true, Set.of(MICROPHONE), true, true, false, hour)),
                Arguments.of(CALL, CLIENT, null),
                Arguments.of(CALL, BOT, new RoomGrants(true, false, Set.of(MICROPHONE), true, true, false, hour)),
                Arguments.of(CALL, OBSERVER, observerCall),
                Arguments.of(CONSULTATION, ADMIN,
                        new RoomGrants(true, false, EnumSet.of(CAMERA, MICROPHONE, SCREEN_SHARE), true, true, false, two)),
                Arguments.of(CONSULTATION, CLIENT, new RoomGrants(true, false, EnumSet.of(CAMERA, MICROPHONE), true, false, false, two)),
                Arguments.of(CONSULTATION, BOT, null),
                Arguments.of(CONSULTATION, OBSERVER, observerConsultation),
                Arguments.of(COLLABORATION, ADMIN,
                        new RoomGrants(true, false, EnumSet.of(CAMERA, MICROPHONE, SCREEN_SHARE), true, true, false, two)),
                Arguments.of(COLLABORATION, CLIENT, null),
                Arguments.of(COLLABORATION, BOT, null),
                Arguments.of(COLLABORATION, OBSERVER, null));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("table")
    void grantsFollowTheTable(RoomType type, ParticipantRole role, RoomGrants expected) {
        if (expected == null) {
            assertThat(policy.grants(type, role)).isEmpty();
            assertThatThrownBy(() -> policy.require(type, role)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining(role.wireName()).hasMessageContaining(type.wireName());
        } else {
            assertThat(policy.grants(type, role)).contains(expected);
            assertThat(expected.ttl()).isEqualTo(RoomAccessPolicy.lifetime(type));
        }
    }

    @Test
    void theTableCoversEveryCombination() {
        assertThat(table().count()).isEqualTo((long) RoomType.values().length * ParticipantRole.values().length);
    }

    @Test
    void onlyTheCallAdminMayCreateRooms() {
        for (RoomType type : RoomType.values()) {
            for (ParticipantRole role : ParticipantRole.values()) {
                policy.grants(type, role).ifPresent(grants ->
                        assertThat(grants.roomCreate()).as(type + " x " + role).isEqualTo(type == CALL && role == ADMIN));
            }
        }
    }

    @Test
    void observersAreHiddenAndSubscribeOnly() {
        for (RoomType type : RoomType.values()) {
            policy.grants(type, OBSERVER).ifPresent(grants -> {
                assertThat(grants.hidden()).isTrue();
                assertThat(grants.canPublish()).isFalse();
                assertThat(grants.canPublishData()).isFalse();
                assertThat(grants.canSubscribe()).isTrue();
            });
        }
    }

    @Test
    void anAdminMayJoinOnlyTheirOwnAssistantRoom() {
        RoomAccess own = policy.decide(RoomName.assistant(TENANT, "ben"), ADMIN, "ben", "Ben");
        assertThat(own.room().value()).isEqualTo("m10-dj.assistant-ben");
        assertThat(own.grants().publishSources()).containsExactly(MICROPHONE);

        assertThatThrownBy(() -> policy.decide(RoomName.assistant(TENANT, "sarah"), ADMIN, "ben", "Ben"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("assistant-ben");
    }

    @Test
    void aClientMustBeNamed() {
        RoomName room = new RoomName(TENANT, CONSULTATION, "c1");
        assertThatThrownBy(() -> policy.decide(room, CLIENT, "client-1", " "))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("name:");
        assertThat(policy.decide(room, CLIENT, "client-1", "Sarah Johnson").displayName()).isEqualTo("Sarah Johnson");
    }

    @Test
    void refusedRolesAreRefusedWhateverTheRoom() {
        assertThatThrownBy(() -> policy.decide(RoomName.collaboration(TENANT, null), OBSERVER, "eve", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> policy.decide(RoomName.assistant(TENANT, "ben"), CLIENT, "ben", "Ben"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void identitiesAreChecked() {
        assertThatThrownBy(() -> policy.decide(RoomName.collaboration(TENANT, null), ADMIN, "ben|evil", null))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("identity:");
    }

    @Test
    void callRoomsAreNotTappedTheRestAre() {
        assertThat(policy.transcribes(CALL)).isFalse();
        assertThat(policy.transcribes(ADMIN_ASSISTANT)).isTrue();
        assertThat(policy.transcribes(CONSULTATION)).isTrue();
        assertThat(policy.transcribes(COLLABORATION)).isTrue();
    }
}
