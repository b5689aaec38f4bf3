package com.voicedesk.application.consultation;

import com.voicedesk.domain.consultation.Consultation;
import com.voicedesk.domain.room.RoomEgress;
import com.voicedesk.domain.transcript.TranscriptSegment;

import java.util.List;

/** A consultation with its recordings and (in the detail view) its transcript so far. */
public record ConsultationView(Consultation consultation, List<RoomEgress> recordings, List<TranscriptSegment> transcript) {

    public ConsultationView {
        recordings = List.copyOf(recordings);
        transcript = List.copyOf(transcript);
    }
}
