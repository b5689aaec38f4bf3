package com.voicedesk.bootstrap.rooms;

import com.voicedesk.application.consultation.ClientJoin;
import com.voicedesk.application.consultation.JoinConsultationUseCase;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/**
 * Where a client's join link leads: public (the client has no API key), authenticated by the link's signature.
 * The answer is a client token for the consultation room, under the contact's name.
 */
@Path("/rooms/join")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms")
public class ConsultationJoinResource {

    public record JoinRequest(@NotBlank @Size(max = 4096) String token) {
    }

    public record JoinResponse(String consultationId, String name, String token, String url, String room,
                               String identity, Instant expiresAt) {
        static JoinResponse of(ClientJoin join) {
            return new JoinResponse(join.consultationId().toString(), join.displayName(), join.token().token(),
                    join.token().serverUrl().toString(), join.token().roomName(), join.token().identity(),
                    join.token().expiresAt());
        }
    }

    private final JoinConsultationUseCase join;

    public ConsultationJoinResource(JoinConsultationUseCase join) {
        this.join = join;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn a client's consultation join link into a LiveKit client token")
    public Uni<JoinResponse> joinByPost(@Valid @NotNull JoinRequest body) {
        return join.join(body.token()).map(JoinResponse::of);
    }

    @GET
    @Operation(summary = "The same, for a join link opened directly (?token=...)")
    public Uni<JoinResponse> joinByLink(@QueryParam("token") @NotBlank @Size(max = 4096) String token) {
        return join.join(token).map(JoinResponse::of);
    }
}
