package com.voicedesk.domain.room;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.Require;

/**
 * A participant's published audio track to stream into VoiceDesk; {@code callId} when the room has a call. The
 * role says who is speaking in the transcript (an admin, the client).
 */
public record AudioTapTarget(String roomName, String participantIdentity, ParticipantRole role, String trackSid,
                             CallId callId) {

    public AudioTapTarget {
        roomName = Require.text(roomName, "roomName", 200);
        participantIdentity = Require.text(participantIdentity, "participantIdentity", 200);
        Require.nonNull(role, "role");
        trackSid = Require.text(trackSid, "trackSid", 100);
    }
}
