package com.voicedesk.application.assistant.voice;

import io.smallrye.mutiny.Uni;

public interface StartVoiceSessionUseCase {

    /**
     * A short-lived, single-use ticket for the voice socket: the CRM asks for it with its API key and hands only
     * the ticket to the browser, so the key never leaves the CRM's backend.
     */
    Uni<VoiceSessionTicket> start(StartVoiceSessionCommand command);

    /** The grant of an authentic, unexpired, unused ticket; AccessDeniedException otherwise. Uses it up. */
    Uni<VoiceSessionGrant> redeem(String token);
}
