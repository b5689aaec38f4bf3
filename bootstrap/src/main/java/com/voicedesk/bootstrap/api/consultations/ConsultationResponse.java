package com.voicedesk.bootstrap.api.consultations;

import com.voicedesk.application.consultation.ConsultationView;
import com.voicedesk.bootstrap.api.calls.CallDetailResponse;
import com.voicedesk.domain.consultation.Consultation;
import com.voicedesk.domain.room.RoomEgress;

import java.time.Instant;
import java.util.List;

/**
 * A consultation with its recordings; {@code transcript} is filled in the single-consultation view only.
 * {@code durationSeconds} is known once the room has started and ended.
 */
public record ConsultationResponse(String id, String contactId, String callId, String room, String title, String status,
                                   boolean recordingRequested, String createdBy, Instant createdAt, Instant startedAt,
                                   Instant endedAt, Long durationSeconds, List<RecordingResponse> recordings,
                                   List<CallDetailResponse.SegmentResponse> transcript) {

    /** A recording: LiveKit's egress id, its state, and where the file is once it is written. */
    public record RecordingResponse(String egressId, String status, String fileLocation, String error,
                                    Instant startedAt, Instant endedAt) {
        static RecordingResponse of(RoomEgress e) {
            return new RecordingResponse(e.egressId(), e.status().name(), e.fileLocation(), e.error(), e.startedAt(),
                    e.endedAt());
        }
    }

    public static ConsultationResponse of(ConsultationView view) {
        Consultation c = view.consultation();
        return new ConsultationResponse(c.id().toString(), c.contactId().toString(), c.callId().toString(),
                c.roomName(), c.title(), c.status().name(), c.recordingRequested(), c.createdBy(), c.createdAt(),
                c.startedAt(), c.endedAt(), c.duration().map(d -> d.toSeconds()).orElse(null),
                view.recordings().stream().map(RecordingResponse::of).toList(),
                view.transcript().stream().map(CallDetailResponse.SegmentResponse::of).toList());
    }
}
