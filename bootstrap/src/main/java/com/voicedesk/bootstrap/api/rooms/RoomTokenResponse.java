package com.voicedesk.bootstrap.api.rooms;

import com.voicedesk.domain.room.RoomToken;

import java.time.Instant;

/** A LiveKit access token, the LiveKit URL to connect to with it, the room it opens and when it expires. */
public record RoomTokenResponse(String token, String url, String room, String identity, Instant expiresAt) {

    public static RoomTokenResponse of(RoomToken token) {
        return new RoomTokenResponse(token.token(), token.serverUrl().toString(), token.roomName(), token.identity(),
                token.expiresAt());
    }
}
