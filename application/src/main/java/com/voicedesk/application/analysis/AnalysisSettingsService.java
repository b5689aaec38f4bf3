package com.voicedesk.application.analysis;

import com.voicedesk.domain.analysis.AnalysisSettings;
import com.voicedesk.domain.analysis.AnalysisSettingsRepository;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

public final class AnalysisSettingsService implements AnalysisSettingsUseCase {

    private final AnalysisSettingsRepository settings;

    public AnalysisSettingsService(AnalysisSettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Uni<AnalysisSettings> get(TenantId tenant) {
        return settings.load(tenant);
    }

    @Override
    public Uni<AnalysisSettings> replace(TenantId tenant, AnalysisSettings value) {
        return settings.save(tenant, value).replaceWith(value);
    }
}
