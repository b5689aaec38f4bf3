package com.voicedesk.domain.notification;

/** What happened. The first four come from the CRM through the events API; the rest from VoiceDesk itself. */
public enum NotificationType {
    NEW_LEAD,
    PAYMENT_RECEIVED,
    CONTRACT_SIGNED,
    LEAD_STATUS_CHANGED,
    CALL_SUMMARY_READY,
    MISSED_CALL,
    VOICEMAIL_LEFT,
    OUTBOUND_CALL_FINISHED,
    CALL_PLAN_REFUSED;

    /** Whether the CRM may send this type through the events API (the others are raised by VoiceDesk only). */
    public boolean fromCrm() {
        return switch (this) {
            case NEW_LEAD, PAYMENT_RECEIVED, CONTRACT_SIGNED, LEAD_STATUS_CHANGED -> true;
            default -> false;
        };
    }
}
