package com.voicedesk.domain.room;

/** Why VoiceDesk exports media from a room. */
public enum EgressPurpose {
    /** A file of the room (consultation recording). */
    RECORDING,
    /** A participant's microphone streamed to VoiceDesk for live transcription. */
    AUDIO_TAP
}
