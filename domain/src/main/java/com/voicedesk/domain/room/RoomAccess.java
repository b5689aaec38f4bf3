package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.Require;

/**
 * What one token lets one participant do in one room: the outcome of {@link RoomAccessPolicy#decide}.
 * {@code displayName} is shown to the other participants ({@code null}: the identity is shown).
 */
public record RoomAccess(RoomName room, ParticipantRole role, String identity, String displayName, RoomGrants grants) {

    public RoomAccess {
        Require.nonNull(room, "room");
        Require.nonNull(role, "role");
        identity = Require.text(identity, "identity", 64);
        displayName = Require.optionalText(displayName, "name", 200); // a contact's name can be this long
        Require.nonNull(grants, "grants");
    }
}
