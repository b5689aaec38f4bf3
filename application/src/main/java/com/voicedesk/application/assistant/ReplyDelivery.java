package com.voicedesk.application.assistant;

import com.voicedesk.domain.shared.Require;

import java.util.List;

/**
 * Where a reply goes besides the caller: a LiveKit room (data topics {@code assistant} and {@code navigation},
 * to {@code identities} or everyone), and whether it should also be spoken (stored reply audio).
 */
public record ReplyDelivery(String room, List<String> identities, boolean speak) {

    public ReplyDelivery {
        room = Require.optionalText(room, "room", 128);
        identities = Require.list(identities, "identities", 50);
    }

    public static ReplyDelivery none() {
        return new ReplyDelivery(null, List.of(), false);
    }
}
