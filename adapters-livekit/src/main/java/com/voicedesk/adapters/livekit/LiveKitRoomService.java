package com.voicedesk.adapters.livekit;

import com.voicedesk.domain.room.DataMessage;
import com.voicedesk.domain.room.RoomInfo;
import com.voicedesk.domain.room.RoomParticipant;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.room.RoomSpec;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import livekit.LivekitModels;

import java.time.Instant;
import java.util.List;

/**
 * {@link RoomService} over the LiveKit server SDK (Twirp over HTTP, signed with the tenant's key); timeouts,
 * retries and the per-tenant circuit breaker come from {@link LiveKitClients#call}.
 */
@ApplicationScoped
public class LiveKitRoomService implements RoomService {

    private final LiveKitClients clients;

    public LiveKitRoomService(LiveKitClients clients) {
        this.clients = clients;
    }

    @Override
    public Uni<RoomInfo> createRoom(TenantId tenant, RoomSpec spec) {
        return clients.call(tenant, c -> c.rooms().createRoom(spec.name(), (int) spec.emptyTimeout().toSeconds(),
                spec.maxParticipants(), null, spec.metadataJson())).map(LiveKitRoomService::room);
    }

    @Override
    public Uni<Void> deleteRoom(TenantId tenant, String roomName) {
        return clients.call(tenant, c -> c.rooms().deleteRoom(roomName)).replaceWithVoid();
    }

    @Override
    public Uni<List<RoomParticipant>> listParticipants(TenantId tenant, String roomName) {
        return clients.call(tenant, c -> c.rooms().listParticipants(roomName))
                .map(all -> all.stream().map(LiveKitRoomService::participant).toList());
    }

    @Override
    public Uni<Void> updateMetadata(TenantId tenant, String roomName, String metadataJson) {
        return clients.call(tenant, c -> c.rooms().updateRoomMetadata(roomName, metadataJson)).replaceWithVoid();
    }

    @Override
    public Uni<Void> sendData(TenantId tenant, String roomName, DataMessage message) {
        return clients.call(tenant, c -> c.rooms().sendData(roomName, message.payload(),
                LivekitModels.DataPacket.Kind.RELIABLE, List.of(), message.destinationIdentities(), message.topic()))
                .replaceWithVoid();
    }

    private static RoomInfo room(LivekitModels.Room room) {
        return new RoomInfo(room.getName(), room.getSid(), room.getNumParticipants(), room.getMetadata(),
                Instant.ofEpochSecond(room.getCreationTime()));
    }

    private static RoomParticipant participant(LivekitModels.ParticipantInfo p) {
        return new RoomParticipant(p.getIdentity(), p.getName(), p.getSid(),
                !p.getTracksList().isEmpty(), Instant.ofEpochSecond(p.getJoinedAt()));
    }
}
