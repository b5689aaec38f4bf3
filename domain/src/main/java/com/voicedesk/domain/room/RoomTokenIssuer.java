package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/**
 * Signs room access tokens with the tenant's own media-server key. A tenant without room settings gets a
 * {@link com.voicedesk.domain.shared.CapabilityNotConfiguredException}.
 */
@FunctionalInterface
public interface RoomTokenIssuer {

    Uni<RoomToken> issue(TenantId tenant, RoomAccess access);
}
