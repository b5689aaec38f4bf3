package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Recordings and audio taps of the tenant's rooms. {@link #record} is idempotent and order-proof: a report
 * older than the stored one ({@code updatedAt}), or any report after a terminal status, changes nothing.
 */
public interface RoomEgressRepository {

    Uni<Void> record(RoomEgress egress);

    /** Exports of these rooms, oldest first. */
    Uni<List<RoomEgress>> listByRooms(TenantId tenant, Collection<String> roomNames);

    /** The running (not terminal) tap of a track, if one was started. */
    Uni<Optional<RoomEgress>> findRunningTap(TenantId tenant, String roomName, String trackSid);
}
