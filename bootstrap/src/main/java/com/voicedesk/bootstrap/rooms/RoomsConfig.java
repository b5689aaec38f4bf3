package com.voicedesk.bootstrap.rooms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/** How VoiceDesk makes rooms (the LiveKit connection itself is voicedesk.livekit.*). */
@ConfigMapping(prefix = "voicedesk.rooms")
public interface RoomsConfig {

    Consultation consultation();

    interface Consultation {

        /** How long a consultation room stays open while nobody is in it. */
        @WithDefault("10m")
        Duration emptyTimeout();

        /** The admin, the client, and room to spare (an observer, a second device). */
        @WithDefault("6")
        int maxParticipants();

        /**
         * The page a client's join link opens, with {@code ?token=...}; it posts the token to /rooms/join. The default
         * is VoiceDesk's own /rooms/join, which answers the client token as JSON.
         */
        @WithDefault("http://localhost:8080/rooms/join")
        URI joinLinkBaseUrl();

        @WithDefault("2h")
        Duration joinLinkTtl();
    }
}
