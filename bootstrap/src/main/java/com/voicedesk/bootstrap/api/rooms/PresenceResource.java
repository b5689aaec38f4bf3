package com.voicedesk.bootstrap.api.rooms;

import com.voicedesk.application.room.PresenceQueriesUseCase;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.room.PresenceEntry;
import com.voicedesk.domain.room.RoomName;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

@Path("/api/presence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms")
public class PresenceResource {

    /** A participant connected to a room now; {@code roomType} and {@code role} are null when unknown. */
    public record PresenceResponse(String identity, String room, String roomType, String role, Instant joinedAt) {
        static PresenceResponse of(PresenceEntry entry) {
            return new PresenceResponse(entry.identity(), entry.roomName(),
                    RoomName.parse(entry.roomName()).map(r -> r.type().wireName()).orElse(null),
                    entry.role() == null ? null : entry.role().wireName(), entry.joinedAt());
        }
    }

    private final PresenceQueriesUseCase presence;
    private final CurrentTenant tenant;

    public PresenceResource(PresenceQueriesUseCase presence, CurrentTenant tenant) {
        this.presence = presence;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "Who is connected to which room now (from LiveKit's webhooks); filter by identity")
    public Uni<List<PresenceResponse>> list(@QueryParam("identity") String identity) {
        return presence.presence(tenant.id(), identity).map(all -> all.stream().map(PresenceResponse::of).toList());
    }
}
