package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * The media server's room API, in the tenant's own project. Failures arrive as
 * {@link com.voicedesk.domain.shared.ProviderUnavailableException} (or
 * {@link com.voicedesk.domain.shared.CapabilityNotConfiguredException} for a tenant without rooms).
 */
public interface RoomService {

    Uni<RoomInfo> createRoom(TenantId tenant, RoomSpec spec);

    Uni<Void> deleteRoom(TenantId tenant, String roomName);

    Uni<List<RoomParticipant>> listParticipants(TenantId tenant, String roomName);

    Uni<Void> updateMetadata(TenantId tenant, String roomName, String metadataJson);

    Uni<Void> sendData(TenantId tenant, String roomName, DataMessage message);
}
