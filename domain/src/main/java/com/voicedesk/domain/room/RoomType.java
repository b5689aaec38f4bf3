package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of LiveKit room VoiceDesk runs; {@link #wireName()} is the API's spelling. */
public enum RoomType {
    ADMIN_ASSISTANT("admin-assistant"),
    CALL("call"),
    CONSULTATION("consultation"),
    COLLABORATION("collaboration");

    private final String wireName;

    RoomType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static RoomType fromWireName(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(value)).findFirst()
                .orElseThrow(() -> new InvalidValueException("type", "must be one of "
                        + Arrays.stream(values()).map(RoomType::wireName).collect(Collectors.joining(", "))));
    }
}
