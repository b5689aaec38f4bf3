package com.voicedesk.adapters.livekit;

import com.voicedesk.domain.room.RecordingSettings;
import com.voicedesk.domain.room.RoomEgress;
import com.voicedesk.domain.room.RoomRecorder;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import livekit.LivekitEgress;

import java.time.Clock;

/** Room recordings as LiveKit room composite egresses to a file, in the tenant's own LiveKit project. */
@ApplicationScoped
public class LiveKitRoomRecorder implements RoomRecorder {

    private final LiveKitClients clients;
    private final Clock clock;

    public LiveKitRoomRecorder(LiveKitClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Uni<RoomEgress> startRecording(TenantId tenant, String roomName, RecordingSettings settings) {
        LivekitEgress.EncodedFileOutput output = LivekitEgress.EncodedFileOutput.newBuilder()
                .setFileType(settings.fileType() == RecordingSettings.FileType.OGG
                        ? LivekitEgress.EncodedFileType.OGG : LivekitEgress.EncodedFileType.MP4)
                .setFilepath(settings.filepath())
                .build();
        return clients.call(tenant, c -> c.egress().startRoomCompositeEgress(roomName, output, "", null, null,
                        settings.audioOnly(), false))
                .map(info -> EgressMapper.toDomain(tenant, info, clock.instant()));
    }

    @Override
    public Uni<Void> stopRecording(TenantId tenant, String egressId) {
        return clients.call(tenant, c -> c.egress().stopEgress(egressId)).replaceWithVoid();
    }
}
