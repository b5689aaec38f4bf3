package com.voicedesk.adapters.livekit;

import com.voicedesk.domain.shared.ProviderUnavailableException;

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
}
