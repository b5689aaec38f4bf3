package com.voicedesk.domain.call;

/** Why a call happens. Inbound calls are {@link #INQUIRY} until analysis says more. */
public enum CallPurpose {
    INQUIRY,
    FOLLOW_UP,
    QUALIFICATION,
    REMINDER,
    PAYMENT_REMINDER,
    CONFIRMATION,
    CONSULTATION
}
