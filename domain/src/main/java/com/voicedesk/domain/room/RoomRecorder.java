package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/** Records a whole room (composite of its participants) to a file, through the tenant's media server. */
public interface RoomRecorder {

    /** Starts the recording; the returned export is in its first state (usually STARTING). */
    Uni<RoomEgress> startRecording(TenantId tenant, String roomName, RecordingSettings settings);

    Uni<Void> stopRecording(TenantId tenant, String egressId);
}
