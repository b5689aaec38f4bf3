package com.voicedesk.application.room;

import com.voicedesk.domain.room.RecordingSettings;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

/** The operator's side of recording: where a tenant's room recordings are written. */
public interface RecordingSettingsUseCase {

    Uni<Optional<RecordingSettings>> recordingSettings(TenantSlug tenant);

    Uni<RecordingSettings> setRecordingSettings(TenantSlug tenant, RecordingSettings settings);
}
