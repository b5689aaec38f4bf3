package com.voicedesk.domain.contact;

/** Who made a change to a contact: recorded with notes and status history. */
public enum ChangeSource {
    ADMIN,
    CRM,
    CALL_ANALYSIS,
    ASSISTANT,
    SYSTEM
}
