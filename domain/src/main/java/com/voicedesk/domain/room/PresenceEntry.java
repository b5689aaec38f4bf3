package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;

/** A participant connected to a room, as the media server's webhooks told us. */
public record PresenceEntry(TenantId tenantId, String identity, String roomName, ParticipantRole role, Instant joinedAt) {

    public PresenceEntry {
        Require.nonNull(tenantId, "tenantId");
        identity = Require.text(identity, "identity", 200);
        roomName = Require.text(roomName, "roomName", 200);
        Require.nonNull(joinedAt, "joinedAt");
    }
}
