package com.voicedesk.application.room;

import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.RoomType;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/**
 * A token request made by the tenant's backend on behalf of a participant. {@code room} names the room
 * within its kind: the call id for a call, the consultation id for a consultation, a free key for a
 * collaboration room (default "team"); for an admin-assistant room it may only repeat the identity.
 */
public record IssueRoomTokenCommand(TenantId tenantId, RoomType type, ParticipantRole role, String identity,
                                    String name, String room) {

    public IssueRoomTokenCommand {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(type, "type");
        Require.nonNull(role, "role");
        identity = Require.text(identity, "identity", 64);
        name = Require.optionalText(name, "name", 120);
        room = Require.optionalText(room, "room", 64);
    }
}
