package com.voicedesk.adapters.livekit;

import com.voicedesk.domain.shared.DomainException;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * LiveKit failures as domain errors. {@link Transient} (5xx, I/O, timeouts) is retried and counts against the
 * circuit; {@link Rejected} (4xx: bad request, unknown room, bad credentials) is neither.
 */
public final class LiveKitFailure {

    static final String PROVIDER = "livekit";

    private LiveKitFailure() {
    }

    public static final class Transient extends ProviderUnavailableException {
        public Transient(String message, Throwable cause) {
            super(PROVIDER, message, cause);
        }
    }

    public static final class Rejected extends ProviderUnavailableException {
        private final int status;

        public Rejected(int status, String message) {
            super(PROVIDER, message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** What leaves the adapter: a domain error, never a fault-tolerance or SDK exception. */
    static Throwable translate(Throwable failure) {
        return switch (failure) {
            case DomainException domain -> domain;
            case CircuitBreakerOpenException open ->
                    new Transient("LiveKit failed repeatedly, so calls to it are paused for a moment (circuit open)", open);
            case TimeoutException timeout -> new Transient("LiveKit did not answer in time", timeout);
            default -> new Transient("LiveKit call failed (" + failure.getClass().getSimpleName() + ": "
                    + failure.getMessage() + ")", failure);
        };
    }
}
