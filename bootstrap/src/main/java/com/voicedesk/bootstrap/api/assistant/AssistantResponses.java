package com.voicedesk.bootstrap.api.assistant;

import com.voicedesk.application.assistant.AssistantService;
import com.voicedesk.application.assistant.ChatResult;
import com.voicedesk.domain.assistant.ConversationTurn;
import com.voicedesk.domain.assistant.NavigationCommand;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the assistant API. */
public final class AssistantResponses {

    private AssistantResponses() {
    }

    public record Function(String name, Map<String, Object> arguments, Map<String, Object> result, boolean ok) {
        static Function of(ChatResult.FunctionCall call) {
            return new Function(call.name(), call.arguments(), call.result(), call.ok());
        }
    }

    public record Command(String action, String target, List<String> ids, String query) {
        static Command of(NavigationCommand c) {
            return new Command(c.action().wireName(), c.target().wireName(), c.ids(), c.query());
        }
    }

    /** {@code status}: NOT_REQUESTED, STORED (fetch {@code audioUrl} with the API key) or UNAVAILABLE (see detail). */
    public record Speech(ChatResult.Speech.Status status, UUID audioId, String audioUrl, String contentType,
                         String detail) {
        static Speech of(ChatResult.Speech s) {
            return new Speech(s.status(), s.audioId() == null ? null : s.audioId().value(),
                    s.audioId() == null ? null : AssistantService.AUDIO_PATH.formatted(s.audioId()), s.contentType(),
                    s.detail());
        }
    }

    public record Delivery(String room, boolean published, String detail) {
        static Delivery of(ChatResult.Publication p) {
            return p == null ? null : new Delivery(p.room(), p.published(), p.detail());
        }
    }

    /** The reply, which model gave it, the functions called with their results, the screen commands. */
    public record Chat(UUID conversationId, int turn, String reply, String model, List<Function> functions,
                       List<Command> commands, Speech speech, Delivery delivery) {
        static Chat of(ChatResult r) {
            return new Chat(r.conversationId().value(), r.turn(), r.reply(), r.model(),
                    r.functions().stream().map(Function::of).toList(), r.commands().stream().map(Command::of).toList(),
                    Speech.of(r.speech()), Delivery.of(r.publication()));
        }
    }

    public record Turn(int turn, String message, String reply, String model, String actor, List<Function> functions,
                       Instant createdAt) {
        static Turn of(ConversationTurn t) {
            return new Turn(t.number(), t.userText(), t.replyText(), t.model(), t.actor(),
                    AssistantService.functionCalls(t.messages()).stream().map(Function::of).toList(), t.createdAt());
        }
    }

    public record Conversation(UUID conversationId, List<Turn> turns) {
    }
}
