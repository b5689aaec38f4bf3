package com.voicedesk.application.assistant.voice;

import java.time.Instant;

/** Lets one browser socket in, once, before {@code expiresAt}. */
public record VoiceSessionTicket(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "VoiceSessionTicket[expiresAt=" + expiresAt + "]";
    }
}
