package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.List;

/**
 * Who is in which room. Webhooks arrive out of order and more than once, so both writes are idempotent
 * and time-guarded: a "left" older than the "joined" it would remove is ignored.
 */
public interface PresenceRepository {

    Uni<Void> joined(PresenceEntry entry);

    Uni<Void> left(TenantId tenant, String identity, String roomName, Instant at);

    /**
     * Removes everyone from a room (room finished), and remembers it: a join from before this moment that is
     * delivered late is then ignored.
     */
    Uni<Void> roomClosed(TenantId tenant, String roomName, Instant at);

    Uni<List<PresenceEntry>> list(TenantId tenant);

    /** The rooms this identity is in now. */
    Uni<List<PresenceEntry>> findByIdentity(TenantId tenant, String identity);
}
