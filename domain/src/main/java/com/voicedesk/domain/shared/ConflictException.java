package com.voicedesk.domain.shared;

/** The request is valid but clashes with the current state (a concurrent update, a duplicate). */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
