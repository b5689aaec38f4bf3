package com.voicedesk.domain.room;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.Require;

/** A participant's published audio track to stream into VoiceDesk; {@code callId} when the room has a call. */
public record AudioTapTarget(String roomName, String participantIdentity, String trackSid, CallId callId) {

    public AudioTapTarget {
        roomName = Require.text(roomName, "roomName", 200);
        participantIdentity = Require.text(participantIdentity, "participantIdentity", 200);
        trackSid = Require.text(trackSid, "trackSid", 100);
    }
}
