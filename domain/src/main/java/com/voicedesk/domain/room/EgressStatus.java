package com.voicedesk.domain.room;

/** The life of a media-server export (a recording, an audio tap), as its webhooks report it. */
public enum EgressStatus {
    STARTING,
    ACTIVE,
    ENDING,
    COMPLETE,
    FAILED,
    ABORTED,
    LIMIT_REACHED;

    public boolean isTerminal() {
        return this == COMPLETE || this == FAILED || this == ABORTED || this == LIMIT_REACHED;
    }
}
