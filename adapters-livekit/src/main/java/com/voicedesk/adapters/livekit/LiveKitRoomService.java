package com.voicedesk.adapters.livekit;

import com.voicedesk.domain.room.DataMessage;
import com.voicedesk.domain.room.RoomInfo;
import com.voicedesk.domain.room.RoomParticipant;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.room.RoomSpec;
import com.voicedesk.domain.shared.TenantId;
import io.livekit.server.RoomServiceClient;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import livekit.LivekitModels;
import retrofit2.Call;
import retrofit2.Response;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * {@link RoomService} over the LiveKit server SDK (Twirp over HTTP, signed with the tenant's key). The SDK
 * blocks, so calls run on the worker pool; every call has a timeout, retries on transient failures and a
 * per-tenant circuit breaker (see {@link LiveKitClients}).
 */
@ApplicationScoped
public class LiveKitRoomService implements RoomService {

    private final LiveKitClients clients;

    public LiveKitRoomService(LiveKitClients clients) {
        this.clients = clients;
    }

    @Override
    public Uni<RoomInfo> createRoom(TenantId tenant, RoomSpec spec) {
        return call(tenant, rooms -> rooms.createRoom(spec.name(), (int) spec.emptyTimeout().toSeconds(),
                spec.maxParticipants(), null, spec.metadataJson()), LiveKitRoomService::room,
                new TypeLiteral<>() {
                });
    }

    @Override
    public Uni<Void> deleteRoom(TenantId tenant, String roomName) {
        return call(tenant, rooms -> rooms.deleteRoom(roomName), ignored -> null, new TypeLiteral<Uni<Void>>() {
        });
    }

    @Override
    public Uni<List<RoomParticipant>> listParticipants(TenantId tenant, String roomName) {
        return call(tenant, rooms -> rooms.listParticipants(roomName),
                all -> all.stream().map(LiveKitRoomService::participant).toList(),
                new TypeLiteral<>() {
                });
    }

    @Override
    public Uni<Void> updateMetadata(TenantId tenant, String roomName, String metadataJson) {
        return call(tenant, rooms -> rooms.updateRoomMetadata(roomName, metadataJson), ignored -> null,
                new TypeLiteral<Uni<Void>>() {
                });
    }

    @Override
    public Uni<Void> sendData(TenantId tenant, String roomName, DataMessage message) {
        return call(tenant, rooms -> rooms.sendData(roomName, message.payload(), LivekitModels.DataPacket.Kind.RELIABLE,
                        List.of(), message.destinationIdentities(), message.topic()), ignored -> null,
                new TypeLiteral<Uni<Void>>() {
                });
    }

    private <R, T> Uni<T> call(TenantId tenant, Function<RoomServiceClient, Call<R>> request, Function<R, T> mapper,
                               TypeLiteral<Uni<T>> type) {
        return clients.forTenant(tenant).flatMap(client -> client.guard().get(() -> Uni.createFrom()
                .item(() -> mapper.apply(execute(request.apply(client.rooms()))))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()), type));
    }

    private static <R> R execute(Call<R> call) {
        Response<R> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw new LiveKitFailure.Transient("cannot reach LiveKit (" + e.getMessage() + ")", e);
        }
        if (response.isSuccessful()) {
            return response.body();
        }
        String detail = "HTTP " + response.code() + " from " + call.request().url().encodedPath();
        if (response.code() >= 500) {
            throw new LiveKitFailure.Transient(detail, null);
        }
        throw new LiveKitFailure.Rejected(response.code(), detail);
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
