package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.Require;

import java.util.Optional;

/**
 * Where an inbound call goes: into a LiveKit room (Twilio dials the LiveKit SIP URI), or forwarded to
 * the admin's phone. Forwarding is also the fallback when a room cannot be created, so a forward number
 * is worth having in both modes.
 *
 * <p>{@code sipUri} is the LiveKit SIP address Twilio dials in LIVEKIT mode (not a secret), such as
 * {@code sip:{room}@abc123.sip.livekit.cloud}: {@code {room}} is replaced with the call's room name.
 */
public record CallRouting(Mode mode, PhoneNumber forwardTo, String sipUri) {

    public enum Mode { LIVEKIT, FORWARD }

    /** The placeholder for the room name in {@link #sipUri}. */
    public static final String ROOM_PLACEHOLDER = "{room}";

    public CallRouting {
        Require.nonNull(mode, "callRouting.mode");
        if (mode == Mode.FORWARD && forwardTo == null) {
            throw new InvalidValueException("callRouting.forwardTo", "is required when calls are forwarded");
        }
        sipUri = Require.optionalText(sipUri, "callRouting.sipUri", 300);
        if (sipUri != null && !(sipUri.startsWith("sip:") || sipUri.startsWith("sips:"))) {
            throw new InvalidValueException("callRouting.sipUri",
                    "must be a SIP URI such as sip:{room}@abc123.sip.livekit.cloud");
        }
    }

    /** Routing without a LiveKit SIP URI (set it later through the tenant settings). */
    public CallRouting(Mode mode, PhoneNumber forwardTo) {
        this(mode, forwardTo, null);
    }

    public static CallRouting none() {
        return new CallRouting(Mode.LIVEKIT, null, null);
    }

    /** The SIP URI to dial for this room, when one is configured. */
    public Optional<String> sipUriFor(String roomName) {
        return Optional.ofNullable(sipUri).map(uri -> uri.replace(ROOM_PLACEHOLDER, roomName));
    }
}
