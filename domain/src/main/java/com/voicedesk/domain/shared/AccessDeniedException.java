package com.voicedesk.domain.shared;

/** The caller is known but may not do this (a room it may not join, a role it may not take). */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
