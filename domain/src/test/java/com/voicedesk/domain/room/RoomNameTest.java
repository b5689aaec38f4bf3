package com.voicedesk.domain.room;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.tenant.TenantSlug;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoomNameTest {

    private static final TenantSlug M10 = new TenantSlug("m10-dj");

    @Test
    void namesAreScopedByTenantAndKind() {
        CallId call = CallId.random();
        ConsultationId consultation = ConsultationId.random();
        assertThat(RoomName.assistant(M10, "ben@m10.dj").value()).isEqualTo("m10-dj.assistant-ben@m10.dj");
        assertThat(RoomName.call(M10, call).value()).isEqualTo("m10-dj.call-" + call);
        assertThat(RoomName.consultation(M10, consultation).value()).isEqualTo("m10-dj.consultation-" + consultation);
        assertThat(RoomName.collaboration(M10, null).value()).isEqualTo("m10-dj.collaboration-team");
    }

    @Test
    void parsesWhatItMakesAndNothingElse() {
        for (RoomName name : new RoomName[]{RoomName.assistant(M10, "a.b"), RoomName.call(M10, CallId.random()),
                RoomName.consultation(M10, ConsultationId.random()), RoomName.collaboration(M10, "planning")}) {
            assertThat(RoomName.parse(name.value())).contains(name);
        }
        assertThat(RoomName.parse("my-room")).isEmpty();
        assertThat(RoomName.parse("m10-dj.lobby-1")).isEmpty();
        assertThat(RoomName.parse("M10.call-1")).isEmpty();
        assertThat(RoomName.parse(".call-1")).isEmpty();
        assertThat(RoomName.parse("m10-dj.call-")).isEmpty();
        assertThat(RoomName.parse(null)).isEmpty();
    }

    @Test
    void aRoomBelongsToItsTenantOnly() {
        RoomName room = RoomName.parse("other-dj.collaboration-team").orElseThrow();
        assertThat(room.belongsTo(new TenantSlug("other-dj"))).isTrue();
        assertThat(room.belongsTo(M10)).isFalse();
    }

    @Test
    void keysAreRestricted() {
        assertThatThrownBy(() -> RoomName.collaboration(M10, "a/b")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RoomName.assistant(M10, "x".repeat(65))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RoomName.assistant(M10, "-lead")).isInstanceOf(InvalidValueException.class);
    }
}
