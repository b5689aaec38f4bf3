package com.voicedesk.domain.contact;

/** How a contact came to exist. */
public enum ContactSource {
    ADMIN,
    CRM,
    INBOUND_CALL,
    ASSISTANT
}
