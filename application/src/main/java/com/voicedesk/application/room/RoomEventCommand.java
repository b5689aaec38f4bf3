package com.voicedesk.application.room;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/** A verified media-server event for a tenant; {@code eventId} makes a redelivery a no-op. */
public record RoomEventCommand(TenantId tenantId, String eventId, RoomEvent event) {

    public RoomEventCommand {
        Require.nonNull(tenantId, "tenantId");
        eventId = Require.text(eventId, "eventId", 200);
        Require.nonNull(event, "event");
    }
}
