package com.voicedesk.bootstrap.api.consultations;

import com.voicedesk.application.consultation.ConsultationCreated;
import com.voicedesk.bootstrap.api.rooms.RoomTokenResponse;

import java.time.Instant;

/**
 * A new consultation, the admin's room token, the client's join link (send it by SMS or e-mail), and why a
 * requested recording did not start ({@code null} when it did or was not asked for).
 */
public record ConsultationCreatedResponse(ConsultationResponse consultation, RoomTokenResponse adminToken,
                                          ClientJoinLink clientJoin, String recordingProblem) {

    public record ClientJoinLink(String url, String token, Instant expiresAt) {
    }

    public static ConsultationCreatedResponse of(ConsultationCreated created) {
        return new ConsultationCreatedResponse(ConsultationResponse.of(created.view()),
                RoomTokenResponse.of(created.adminToken()),
                new ClientJoinLink(created.clientJoin().url().toString(), created.clientJoin().token(),
                        created.clientJoin().expiresAt()),
                created.recordingProblem());
    }
}
