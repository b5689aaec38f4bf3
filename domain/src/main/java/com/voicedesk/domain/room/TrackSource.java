package com.voicedesk.domain.room;

/** Media a participant may publish. */
public enum TrackSource {
    MICROPHONE,
    CAMERA,
    SCREEN_SHARE,
    SCREEN_SHARE_AUDIO
}
