package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.Require;

/**
 * Where an inbound call goes: into a LiveKit room (Twilio dials the LiveKit SIP URI), or forwarded to
 * the admin's phone. Forwarding is also the fallback when a room cannot be created, so a forward number
 * is worth having in both modes.
 */
public record CallRouting(Mode mode, PhoneNumber forwardTo) {

    public enum Mode { LIVEKIT, FORWARD }

    public CallRouting {
        Require.nonNull(mode, "callRouting.mode");
        if (mode == Mode.FORWARD && forwardTo == null) {
            throw new InvalidValueException("callRouting.forwardTo", "is required when calls are forwarded");
        }
    }

    public static CallRouting none() {
        return new CallRouting(Mode.LIVEKIT, null);
    }
}
