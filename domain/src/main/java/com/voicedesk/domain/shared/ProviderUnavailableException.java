package com.voicedesk.domain.shared;

/**
 * A provider (LiveKit, Twilio, OpenAI, Deepgram) failed, timed out or has its circuit open.
 * Adapters translate SDK and transport errors into this, so no vendor exception crosses a port.
 */
public class ProviderUnavailableException extends DomainException {

    private final String provider;

    public ProviderUnavailableException(String provider, String message, Throwable cause) {
        super(provider + ": " + message, cause);
        this.provider = provider;
    }

    public ProviderUnavailableException(String provider, String message) {
        this(provider, message, null);
    }

    public String provider() {
        return provider;
    }
}
