package com.voicedesk.application.assistant;

import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.assistant.NavigationCommand;
import com.voicedesk.domain.speech.ReplyAudioId;

import java.util.List;
import java.util.Map;

/**
 * The assistant's answer: the reply, which model gave it, every function it called with its arguments and
 * result, the screen commands, and what became of the speech and the room delivery.
 */
public record ChatResult(ConversationId conversationId, int turn, String reply, String model,
                         List<FunctionCall> functions, List<NavigationCommand> commands, Speech speech,
                         Publication publication) {

    public ChatResult {
        functions = List.copyOf(functions);
        commands = List.copyOf(commands);
    }

    /** A tool the model called; {@code ok} is false when the tool refused (the result says why). */
    public record FunctionCall(String name, Map<String, Object> arguments, Map<String, Object> result, boolean ok) {
    }

    /** Whether the reply was spoken: NOT_REQUESTED, STORED (with the audio's id) or UNAVAILABLE (with why). */
    public record Speech(Status status, ReplyAudioId audioId, String contentType, String detail) {

        public enum Status { NOT_REQUESTED, STORED, UNAVAILABLE }

        public static Speech notRequested() {
            return new Speech(Status.NOT_REQUESTED, null, null, null);
        }
    }

    /** Whether the reply and commands reached the room ({@code null} when no room was given). */
    public record Publication(String room, boolean published, String detail) {
    }
}
