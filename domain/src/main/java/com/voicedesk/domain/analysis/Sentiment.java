package com.voicedesk.domain.analysis;

/** How ready to book the caller sounded. */
public enum Sentiment {
    HOT,
    WARM,
    COLD
}
