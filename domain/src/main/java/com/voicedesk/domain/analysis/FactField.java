package com.voicedesk.domain.analysis;

/** The contact fields a call analysis may fill or change. */
public enum FactField {
    EVENT_TYPE,
    EVENT_DATE,
    GUEST_COUNT,
    VENUE,
    BUDGET
}
