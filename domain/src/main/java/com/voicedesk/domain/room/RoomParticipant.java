package com.voicedesk.domain.room;

import java.time.Instant;

/** A participant as the media server reports it. */
public record RoomParticipant(String identity, String name, String sid, boolean publishing, Instant joinedAt) {
}
