package com.voicedesk.domain.shared;

/**
 * A business rule said no. Subclasses are the stable failure kinds the edge maps to HTTP problems;
 * their messages are written for the caller.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
