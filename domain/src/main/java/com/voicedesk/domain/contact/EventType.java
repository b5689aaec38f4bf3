package com.voicedesk.domain.contact;

/** The kind of event a DJ company books. */
public enum EventType {
    WEDDING,
    CORPORATE,
    BIRTHDAY,
    ANNIVERSARY,
    SCHOOL_DANCE,
    QUINCEANERA,
    BAR_MITZVAH,
    HOLIDAY_PARTY,
    PRIVATE_PARTY,
    OTHER
}
