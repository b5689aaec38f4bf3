package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.Require;

import java.net.URI;
import java.time.Instant;

/** A signed room access token and where to use it: the media server URL the browser connects to. */
public record RoomToken(String token, URI serverUrl, String roomName, String identity, Instant expiresAt) {

    public RoomToken {
        Require.nonNull(token, "token");
        Require.nonNull(serverUrl, "serverUrl");
        Require.nonNull(roomName, "roomName");
        Require.nonNull(identity, "identity");
        Require.nonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "RoomToken[room=" + roomName + ", identity=" + identity + ", expiresAt=" + expiresAt + ", token=***]";
    }
}
