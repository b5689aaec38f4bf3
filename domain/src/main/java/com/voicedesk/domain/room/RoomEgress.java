package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;

/**
 * One export from a room and its latest known state. {@code updatedAt} is the media server's own clock for
 * the report: reports arrive out of order, and only a newer one may replace an older one.
 * {@code fileLocation} is where a finished recording was written; {@code trackSid} the tapped track.
 */
public record RoomEgress(
        TenantId tenantId,
        String egressId,
        String roomName,
        EgressPurpose purpose,
        String trackSid,
        EgressStatus status,
        String fileLocation,
        String error,
        Instant startedAt,
        Instant endedAt,
        Instant updatedAt) {

    public RoomEgress {
        Require.nonNull(tenantId, "tenantId");
        egressId = Require.text(egressId, "egressId", 100);
        roomName = Require.text(roomName, "roomName", 200);
        Require.nonNull(purpose, "purpose");
        trackSid = Require.optionalText(trackSid, "trackSid", 100);
        Require.nonNull(status, "status");
        fileLocation = Require.optionalText(fileLocation, "fileLocation", 2000);
        error = Require.optionalText(error, "error", 2000);
        Require.nonNull(updatedAt, "updatedAt");
    }
}
