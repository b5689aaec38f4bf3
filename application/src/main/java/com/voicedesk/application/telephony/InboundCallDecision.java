package com.voicedesk.application.telephony;

import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.shared.PhoneNumber;

import java.util.Optional;

/** The recorded call, what to tell the caller first, and where to connect them. */
public record InboundCallDecision(Call call, Optional<String> announcement, Route route) {

    /** Where the call goes. */
    public sealed interface Route {
    }

    /** Into the call's LiveKit room, through the room's SIP address. */
    public record ToRoom(String roomName, String sipUri) implements Route {
    }

    /** To a phone; {@code fallbackReason} says why, when the tenant wanted a room. */
    public record Forward(PhoneNumber to, Optional<String> fallbackReason) implements Route {
    }

    /** Nowhere: no room could be made and no forward number is set. The caller hears {@code message}. */
    public record Unroutable(String reason, String message) implements Route {
    }
}
