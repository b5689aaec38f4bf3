package com.voicedesk.domain.call;

/** Whether a call's transcript is whole. INCOMPLETE says that speech-to-text failed for part of the call. */
public enum TranscriptStatus {
    NONE,
    LIVE,
    COMPLETE,
    INCOMPLETE
}
