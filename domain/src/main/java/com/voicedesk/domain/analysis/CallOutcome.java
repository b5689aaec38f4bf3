package com.voicedesk.domain.analysis;

/** What the call achieved. */
public enum CallOutcome {
    QUALIFIED,
    BOOKED,
    NOT_INTERESTED,
    CALLBACK_REQUESTED,
    VOICEMAIL,
    WRONG_NUMBER,
    INFORMATION_ONLY
}
