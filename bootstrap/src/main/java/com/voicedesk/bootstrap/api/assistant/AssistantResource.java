package com.voicedesk.bootstrap.api.assistant;

import com.voicedesk.application.assistant.ChatCommand;
import com.voicedesk.application.assistant.ChatWithAssistantUseCase;
import com.voicedesk.application.assistant.ConversationHistoryUseCase;
import com.voicedesk.application.assistant.ReplyAudioUseCase;
import com.voicedesk.application.assistant.ReplyDelivery;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.speech.ReplyAudioId;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/assistant")
@Tag(name = "Assistant", description = "The admin assistant: chat with function calling over the CRM, spoken replies")
public class AssistantResource {

    private static final String DEFAULT_ACTOR = "admin";
    private static final int HISTORY_SHOWN = 100;

    private final ChatWithAssistantUseCase chat;
    private final ConversationHistoryUseCase history;
    private final ReplyAudioUseCase audio;
    private final CurrentTenant tenant;

    public AssistantResource(ChatWithAssistantUseCase chat, ConversationHistoryUseCase history, ReplyAudioUseCase audio,
                             CurrentTenant tenant) {
        this.chat = chat;
        this.history = history;
        this.audio = audio;
        this.tenant = tenant;
    }

    @POST
    @Path("chat")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the assistant a message; the reply lists the functions it called and their results")
    public Uni<AssistantResponses.Chat> chat(@Valid @NotNull AssistantRequests.Chat body) {
        String actor = body.identity() == null || body.identity().isBlank() ? DEFAULT_ACTOR : body.identity().strip();
        ReplyDelivery delivery = new ReplyDelivery(body.room(),
                body.identity() == null || body.identity().isBlank() ? List.of() : List.of(body.identity().strip()),
                Boolean.TRUE.equals(body.speak()));
        ConversationId conversation = body.conversationId() == null || body.conversationId().isBlank() ? null
                : ConversationId.of(body.conversationId());
        return chat.chat(new ChatCommand(tenant.id(), conversation, body.message(), actor, delivery))
                .map(AssistantResponses.Chat::of);
    }

    @GET
    @Path("conversations/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A conversation's turns, oldest first")
    public Uni<AssistantResponses.Conversation> conversation(@PathParam("id") String id) {
        ConversationId conversation = ConversationId.of(id);
        return history.history(tenant.id(), conversation, HISTORY_SHOWN).map(turns -> new AssistantResponses.Conversation(
                conversation.value(), turns.stream().map(AssistantResponses.Turn::of).toList()));
    }

    @GET
    @Path("replies/{id}/audio")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A spoken reply's audio, in its own media type (audio/mpeg by default)")
    public Uni<Response> replyAudio(@PathParam("id") String id) {
        return audio.get(tenant.id(), ReplyAudioId.of(id)).map(reply -> Response.ok(reply.speech().audio())
                .type(reply.speech().contentType())
                .header("Cache-Control", "private, max-age=3600")
                .build());
    }
}
