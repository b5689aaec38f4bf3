package com.voicedesk.domain.audio;

import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.shared.Require;

/** The one room participant whose audio a session carries (a LiveKit track egress): who is speaking. */
public record AudioParticipant(String identity, ParticipantRole role) {

    public AudioParticipant {
        identity = Require.text(identity, "identity", 200);
        Require.nonNull(role, "role");
    }
}
