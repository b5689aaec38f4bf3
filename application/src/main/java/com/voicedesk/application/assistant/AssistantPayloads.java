package com.voicedesk.application.assistant;

import com.voicedesk.domain.assistant.NavigationCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON messages a reply becomes for the frontend: one {@code reply} and one {@code navigation} message a
 * command. The same shapes go out on the LiveKit data topics ({@code assistant}, {@code navigation}) and on the
 * browser's voice socket, so the frontend handles one format.
 */
public final class AssistantPayloads {

    /** Longer replies are cut: a data packet must stay small (and a spoken reply this long is a bug anyway). */
    static final int MAX_TEXT = 3000;

    private AssistantPayloads() {
    }

    public static Map<String, Object> reply(ChatResult result) {
        return ToolViews.map("type", "reply", "conversationId", result.conversationId().toString(),
                "turn", result.turn(), "text", AssistantService.truncate(result.reply(), MAX_TEXT),
                "model", result.model(),
                "audioUrl", result.speech().audioId() == null ? null
                        : AssistantService.AUDIO_PATH.formatted(result.speech().audioId()),
                "commands", result.commands().size());
    }

    public static List<Map<String, Object>> navigation(ChatResult result) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NavigationCommand command : result.commands()) {
            out.add(ToolViews.map("type", "navigation", "conversationId", result.conversationId().toString(),
                    "action", command.action().wireName(), "target", command.target().wireName(),
                    "ids", command.ids(), "query", command.query()));
        }
        return out;
    }
}
