package com.voicedesk.domain.consultation;

/** OPEN: the room exists and waits for people; ACTIVE: the media server reported it running; ENDED: it closed. */
public enum ConsultationStatus {
    OPEN,
    ACTIVE,
    ENDED
}
