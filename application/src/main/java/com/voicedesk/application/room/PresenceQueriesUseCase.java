package com.voicedesk.application.room;

import com.voicedesk.domain.room.PresenceEntry;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;

public interface PresenceQueriesUseCase {

    /** Who is connected to which room now; only this identity's rooms when {@code identity} is given. */
    Uni<List<PresenceEntry>> presence(TenantId tenant, String identity);
}
