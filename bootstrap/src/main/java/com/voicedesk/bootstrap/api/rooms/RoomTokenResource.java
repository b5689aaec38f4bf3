package com.voicedesk.bootstrap.api.rooms;

import com.voicedesk.application.room.IssueRoomTokenCommand;
import com.voicedesk.application.room.IssueRoomTokenUseCase;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.RoomType;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/rooms/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms", description = "LiveKit room tokens, presence and consultation rooms")
public class RoomTokenResource {

    private final IssueRoomTokenUseCase tokens;
    private final CurrentTenant tenant;

    public RoomTokenResource(IssueRoomTokenUseCase tokens, CurrentTenant tenant) {
        this.tokens = tokens;
        this.tenant = tenant;
    }

    @POST
    @Operation(summary = "A LiveKit token for a participant, with the grants the room access policy gives its type and role")
    public Uni<RoomTokenResponse> issue(@Valid @NotNull RoomTokenRequest body) {
        return tokens.issue(new IssueRoomTokenCommand(tenant.id(), RoomType.fromWireName(body.type()),
                        ParticipantRole.fromWireName(body.role()), body.identity(), body.name(), body.room()))
                .map(RoomTokenResponse::of);
    }
}
