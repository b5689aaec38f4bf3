package com.voicedesk.domain.plan;

public enum CallPlanStatus {
    SCHEDULED,
    CALLING,
    DONE,
    REFUSED,
    EXHAUSTED,
    CANCELED
}
