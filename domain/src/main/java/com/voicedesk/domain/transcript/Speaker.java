package com.voicedesk.domain.transcript;

/**
 * Who spoke. On a phone call the caller's track is {@link #CALLER} and the company side {@link #AGENT};
 * the AI is {@link #ASSISTANT}; in rooms, {@link #ADMIN} and {@link #CLIENT}.
 */
public enum Speaker {
    CALLER,
    AGENT,
    ASSISTANT,
    ADMIN,
    CLIENT,
    UNKNOWN
}
