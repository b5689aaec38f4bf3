package com.voicedesk.application.telephony;

import io.smallrye.mutiny.Uni;

/**
 * A phone call arrived: record it (and its caller as a contact), and decide where it goes. Never fails
 * because a room cannot be made: the call is then forwarded. A provider call id seen before is refused
 * with a ConflictException (a replayed webhook), and nothing is stored.
 */
public interface ReceiveInboundCallUseCase {

    Uni<InboundCallDecision> receive(ReceiveInboundCallCommand command);
}
