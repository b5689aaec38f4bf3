package com.voicedesk.domain.tenant;

/** What a provider account switches on. Reported by health and at startup, per tenant and globally. */
public enum Capability {
    ROOMS,
    TELEPHONY,
    SPEECH_TO_TEXT,
    LANGUAGE_MODEL,
    TEXT_TO_SPEECH
}
