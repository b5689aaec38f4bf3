package com.voicedesk.domain.audio;

/**
 * Which side of a conversation a frame carries. INBOUND is what the remote party says (the caller on a
 * phone call, the participant whose track is tapped, the admin at the browser); OUTBOUND is what they
 * hear from the company side (the agent, or VoiceDesk's own speech).
 */
public enum AudioTrack {
    INBOUND,
    OUTBOUND
}
