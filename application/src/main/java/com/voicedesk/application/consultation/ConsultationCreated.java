package com.voicedesk.application.consultation;

import com.voicedesk.domain.room.RoomToken;

/**
 * A new consultation, the admin's token, and the client's join link. {@code recordingProblem} says why a
 * requested recording did not start (the consultation itself exists either way).
 */
public record ConsultationCreated(ConsultationView view, RoomToken adminToken, JoinLink clientJoin, String recordingProblem) {
}
