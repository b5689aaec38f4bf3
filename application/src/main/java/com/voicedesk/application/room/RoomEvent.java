package com.voicedesk.application.room;

import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.RoomEgress;
import com.voicedesk.domain.room.TrackSource;
import com.voicedesk.domain.shared.Require;

import java.time.Instant;

/**
 * What the media server reports about a room, as the webhook adapter translated it. Times are the media
 * server's; {@code role} is the role the participant's token carried ({@code null} when unknown).
 */
public sealed interface RoomEvent {

    String roomName();

    record RoomStarted(String roomName, Instant at) implements RoomEvent {
        public RoomStarted {
            Require.nonNull(roomName, "roomName");
            Require.nonNull(at, "at");
        }
    }

    record RoomFinished(String roomName, Instant at) implements RoomEvent {
        public RoomFinished {
            Require.nonNull(roomName, "roomName");
            Require.nonNull(at, "at");
        }
    }

    record ParticipantJoined(String roomName, String identity, ParticipantRole role, Instant at) implements RoomEvent {
        public ParticipantJoined {
            Require.nonNull(roomName, "roomName");
            identity = Require.text(identity, "identity", 200);
            Require.nonNull(at, "at");
        }
    }

    /** Left normally or lost (connection aborted): either way, no longer there. */
    record ParticipantLeft(String roomName, String identity, Instant at) implements RoomEvent {
        public ParticipantLeft {
            Require.nonNull(roomName, "roomName");
            identity = Require.text(identity, "identity", 200);
            Require.nonNull(at, "at");
        }
    }

    /** {@code source} is {@code null} for a source VoiceDesk does not know. */
    record TrackPublished(String roomName, String identity, ParticipantRole role, String trackSid, TrackSource source,
                          boolean audio) implements RoomEvent {
        public TrackPublished {
            Require.nonNull(roomName, "roomName");
            identity = Require.text(identity, "identity", 200);
            trackSid = Require.text(trackSid, "trackSid", 100);
        }
    }

    record EgressUpdated(RoomEgress egress) implements RoomEvent {
        public EgressUpdated {
            Require.nonNull(egress, "egress");
        }

        @Override
        public String roomName() {
            return egress.roomName();
        }
    }
}
