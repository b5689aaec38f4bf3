package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

import java.util.List;

/**
 * A data-channel packet: a topic the frontend subscribes to ("notifications", "transcription",
 * "assistant", "navigation"), a UTF-8 payload (JSON by convention), and the identities it is for
 * (empty = everyone in the room). Sent reliably.
 */
public record DataMessage(String topic, byte[] payload, List<String> destinationIdentities) {

    /** LiveKit's reliable data packets must stay well under 15 KiB; larger payloads are a bug here. */
    public static final int MAX_PAYLOAD_BYTES = 14 * 1024;

    public DataMessage {
        topic = Require.text(topic, "topic", 100);
        Require.nonNull(payload, "payload");
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new InvalidValueException("payload", "must be at most " + MAX_PAYLOAD_BYTES + " bytes");
        }
        destinationIdentities = Require.list(destinationIdentities, "destinationIdentities", 500);
    }
}
