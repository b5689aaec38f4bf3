package com.voicedesk.domain.audio;

/** Where a session's audio comes from (DESIGN.md §3). */
public enum AudioSource {
    TWILIO_MEDIA_STREAM,
    LIVEKIT_TRACK_EGRESS,
    BROWSER_SOCKET
}
