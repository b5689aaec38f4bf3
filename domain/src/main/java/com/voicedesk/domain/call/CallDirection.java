package com.voicedesk.domain.call;

public enum CallDirection {
    INBOUND,
    OUTBOUND
}
