package com.voicedesk.domain.audio;

import java.util.Map;

/** What happens on an audio session besides frames. */
public sealed interface AudioSessionEvent {

    /** The stream began; {@code parameters} are the custom parameters it carried. */
    record Started(Map<String, String> parameters) implements AudioSessionEvent {
        public Started {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }

    /** A key pressed on the phone. */
    record Dtmf(String digit) implements AudioSessionEvent {
    }

    /** Audio sent with {@link AudioSession#mark} up to this mark has finished playing. */
    record PlaybackMarked(String name) implements AudioSessionEvent {
    }

    /** The stream ended, normally or not. */
    record Stopped(String reason) implements AudioSessionEvent {
    }
}
