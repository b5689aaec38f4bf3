package com.voicedesk.application.room;

import com.voicedesk.domain.event.AudioTapRequested;
import com.voicedesk.domain.room.AudioTapTarget;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.AudioTaps;
import com.voicedesk.domain.room.EgressPurpose;
import com.voicedesk.domain.room.EgressStatus;
import com.voicedesk.domain.room.RoomEgress;
import com.voicedesk.domain.room.RoomEgressRepository;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AudioTapHandlerTest {

    private final TenantId tenant = TenantId.random();
    private final AudioTapTarget target = new AudioTapTarget("m10-dj.assistant-ben", "ben", ParticipantRole.ADMIN, "TR_mic", null);
    private final List<RoomEgress> stored = new ArrayList<>();
    private int started;

    private final RoomEgressRepository egresses = new RoomEgressRepository() {
        @Override
        public Uni<Void> record(RoomEgress egress) {
            stored.add(egress);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<List<RoomEgress>> listByRooms(TenantId t, Collection<String> roomNames) {
            return Uni.createFrom().item(List.copyOf(stored));
        }

        @Override
        public Uni<Optional<RoomEgress>> findRunningTap(TenantId t, String roomName, String trackSid) {
            return Uni.createFrom().item(stored.stream().filter(e -> e.trackSid().equals(trackSid)
                    && e.roomName().equals(roomName) && !e.status().isTerminal()).findFirst());
        }
    };

    private final AudioTaps taps = new AudioTaps() {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public Uni<RoomEgress> start(TenantId t, AudioTapTarget tapped) {
            started++;
            return Uni.createFrom().item(new RoomEgress(t, "EG_" + started, tapped.roomName(), EgressPurpose.AUDIO_TAP,
                    tapped.trackSid(), EgressStatus.STARTING, null, null, null, null, Instant.EPOCH));
        }
    };

    private final AudioTapHandler handler = new AudioTapHandler(taps, egresses);

    @Test
    void startsATapAndRecordsIt() {
        handler.handle(new AudioTapRequested(tenant, target)).await().indefinitely();
        assertThat(started).isEqualTo(1);
        assertThat(stored).singleElement().satisfies(e -> assertThat(e.egressId()).isEqualTo("EG_1"));
    }

    @Test
    void aRedeliveredRequestDoesNotTapTheTrackTwiceButAnEndedTapCanBeReplaced() {
        handler.handle(new AudioTapRequested(tenant, target)).await().indefinitely();
        handler.handle(new AudioTapRequested(tenant, target)).await().indefinitely();
        assertThat(started).isEqualTo(1);

        RoomEgress first = stored.getFirst();
        stored.set(0, new RoomEgress(tenant, first.egressId(), first.roomName(), first.purpose(), first.trackSid(),
                EgressStatus.FAILED, null, "lost", null, null, Instant.EPOCH.plusSeconds(1)));
        handler.handle(new AudioTapRequested(tenant, target)).await().indefinitely();
        assertThat(started).isEqualTo(2);
    }
}
