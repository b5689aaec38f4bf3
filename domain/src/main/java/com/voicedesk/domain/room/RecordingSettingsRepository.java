package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

/** The tenant's recording output; empty when the tenant has not set one up (recording is then off). */
public interface RecordingSettingsRepository {

    Uni<Optional<RecordingSettings>> find(TenantId tenant);

    Uni<Void> save(TenantId tenant, RecordingSettings settings);
}
