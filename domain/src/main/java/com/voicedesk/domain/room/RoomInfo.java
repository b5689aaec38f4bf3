package com.voicedesk.domain.room;

import java.time.Instant;

/** A room as the media server reports it. */
public record RoomInfo(String name, String sid, int participants, String metadataJson, Instant createdAt) {
}
