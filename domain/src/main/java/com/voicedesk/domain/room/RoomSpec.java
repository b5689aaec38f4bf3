package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

import java.time.Duration;

/** A room to create: name, how long it lives empty, how many may join, JSON metadata for the frontend. */
public record RoomSpec(String name, Duration emptyTimeout, int maxParticipants, String metadataJson) {

    public RoomSpec {
        name = Require.text(name, "room", 128);
        Require.nonNull(emptyTimeout, "emptyTimeout");
        if (emptyTimeout.isNegative()) {
            throw new InvalidValueException("emptyTimeout", "must not be negative");
        }
        Require.range(maxParticipants, 0, 1000, "maxParticipants");
        metadataJson = metadataJson == null ? "" : metadataJson;
    }
}
