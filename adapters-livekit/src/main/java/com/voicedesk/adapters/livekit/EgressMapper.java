package com.voicedesk.adapters.livekit;

import com.voicedesk.domain.room.EgressPurpose;
import com.voicedesk.domain.room.EgressStatus;
import com.voicedesk.domain.room.RoomEgress;
import com.voicedesk.domain.shared.TenantId;
import livekit.LivekitEgress;

import java.time.Instant;

/** LiveKit's EgressInfo as a {@link RoomEgress}. LiveKit's egress times are Unix nanoseconds (0: not yet). */
public final class EgressMapper {

    private EgressMapper() {
    }

    public static RoomEgress toDomain(TenantId tenant, LivekitEgress.EgressInfo info, Instant fallbackUpdatedAt) {
        boolean tap = info.getRequestCase() == LivekitEgress.EgressInfo.RequestCase.TRACK
                && !info.getTrack().getWebsocketUrl().isEmpty();
        String track = switch (info.getRequestCase()) {
            case TRACK -> info.getTrack().getTrackId();
            default -> null;
        };
        Instant updated = nanos(info.getUpdatedAt());
        return new RoomEgress(tenant, info.getEgressId(), info.getRoomName(),
                tap ? EgressPurpose.AUDIO_TAP : EgressPurpose.RECORDING, blankToNull(track), status(info.getStatus()),
                location(info), blankToNull(info.getError()), nanos(info.getStartedAt()), nanos(info.getEndedAt()),
                updated == null ? fallbackUpdatedAt : updated);
    }

    static EgressStatus status(LivekitEgress.EgressStatus status) {
        return switch (status) {
            case EGRESS_STARTING -> EgressStatus.STARTING;
            case EGRESS_ACTIVE -> EgressStatus.ACTIVE;
            case EGRESS_ENDING -> EgressStatus.ENDING;
            case EGRESS_COMPLETE -> EgressStatus.COMPLETE;
            case EGRESS_ABORTED -> EgressStatus.ABORTED;
            case EGRESS_LIMIT_REACHED -> EgressStatus.LIMIT_REACHED;
            default -> EgressStatus.FAILED;
        };
    }

    /** Where the file went: the upload location when there is one, else the file name on the egress host. */
    @SuppressWarnings("deprecation")
    private static String location(LivekitEgress.EgressInfo info) {
        LivekitEgress.FileInfo file = info.getFileResultsCount() > 0 ? info.getFileResults(0)
                : info.hasFile() ? info.getFile() : null;
        if (file == null) {
            return null;
        }
        return blankToNull(file.getLocation().isBlank() ? file.getFilename() : file.getLocation());
    }

    private static Instant nanos(long value) {
        return value <= 0 ? null : Instant.ofEpochSecond(0, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
