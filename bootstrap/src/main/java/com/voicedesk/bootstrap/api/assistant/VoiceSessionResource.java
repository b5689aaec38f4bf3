package com.voicedesk.bootstrap.api.assistant;

import com.voicedesk.application.assistant.voice.StartVoiceSessionCommand;
import com.voicedesk.application.assistant.voice.StartVoiceSessionUseCase;
import com.voicedesk.bootstrap.assistant.AssistantVoiceSocket;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.assistant.ConversationId;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;

@Path("/api/assistant/voice-sessions")
@Tag(name = "Assistant", description = "The admin assistant: chat with function calling over the CRM, spoken replies")
public class VoiceSessionResource {

    /** An admin about to talk; {@code room} (the admin's assistant room or a collaboration room) also gets the replies. */
    public record Request(@NotBlank @Size(max = 64) String identity, @Size(max = 36) String conversationId,
                          @Size(max = 128) String room, Boolean speak) {
    }

    /** Give {@code url} to the browser: it opens the socket once, within {@code expiresAt}. */
    public record Ticket(String url, Instant expiresAt) {
    }

    private final StartVoiceSessionUseCase voice;
    private final CurrentTenant tenant;

    public VoiceSessionResource(StartVoiceSessionUseCase voice, CurrentTenant tenant) {
        this.voice = voice;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A single-use URL for the browser's voice socket to the assistant (PCM16 16 kHz in, JSON out)")
    public Uni<Response> start(@Valid @NotNull Request body, UriInfo uri) {
        ConversationId conversation = body.conversationId() == null || body.conversationId().isBlank() ? null
                : ConversationId.of(body.conversationId());
        return voice.start(new StartVoiceSessionCommand(tenant.id(), body.identity(), conversation, body.room(),
                        !Boolean.FALSE.equals(body.speak())))
                .map(ticket -> Response.status(Response.Status.CREATED)
                        .entity(new Ticket(socketUrl(uri, ticket.token()), ticket.expiresAt())).build());
    }

    /** The socket on the host the CRM called (ws for http, wss for https). */
    private static String socketUrl(UriInfo uri, String token) {
        URI base = uri.getBaseUri();
        String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
        return scheme + "://" + base.getRawAuthority() + AssistantVoiceSocket.PATH + "?ticket=" + token;
    }
}
