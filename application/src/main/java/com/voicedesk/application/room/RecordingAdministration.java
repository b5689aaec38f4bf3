package com.voicedesk.application.room;

import com.voicedesk.domain.room.RecordingSettings;
import com.voicedesk.domain.room.RecordingSettingsRepository;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

public final class RecordingAdministration implements RecordingSettingsUseCase {

    private final TenantRepository tenants;
    private final RecordingSettingsRepository settings;

    public RecordingAdministration(TenantRepository tenants, RecordingSettingsRepository settings) {
        this.tenants = tenants;
        this.settings = settings;
    }

    @Override
    public Uni<Optional<RecordingSettings>> recordingSettings(TenantSlug slug) {
        return tenant(slug).flatMap(tenant -> settings.find(tenant.id()));
    }

    @Override
    public Uni<RecordingSettings> setRecordingSettings(TenantSlug slug, RecordingSettings value) {
        return tenant(slug).flatMap(tenant -> settings.save(tenant.id(), value)).replaceWith(value);
    }

    private Uni<Tenant> tenant(TenantSlug slug) {
        return tenants.findBySlug(slug).map(found -> found.orElseThrow(() -> new NotFoundException("Tenant", slug)));
    }
}
