package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a participant is in a room. */
public enum ParticipantRole {
    ADMIN,
    CLIENT,
    BOT,
    OBSERVER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ParticipantRole fromWireName(String value) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidValueException("role", "must be one of "
                        + Arrays.stream(values()).map(ParticipantRole::wireName).collect(Collectors.joining(", "))));
    }
}
