package com.voicedesk.application.consultation;

import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.room.RoomToken;

/** What a client's join link turns into: the room token, under the name the admin will see. */
public record ClientJoin(ConsultationId consultationId, String displayName, RoomToken token) {
}
