package com.voicedesk.domain.shared;

/** The tenant asked for something whose provider it has not set up (no LiveKit keys, no Twilio account). */
public class CapabilityNotConfiguredException extends DomainException {

    private final String capability;

    public CapabilityNotConfiguredException(String capability, String message) {
        super(message);
        this.capability = capability;
    }

    public String capability() {
        return capability;
    }
}
