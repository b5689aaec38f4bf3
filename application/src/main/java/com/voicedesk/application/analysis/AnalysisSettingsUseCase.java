package com.voicedesk.application.analysis;

import com.voicedesk.domain.analysis.AnalysisSettings;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/** The tenant's call-analysis settings (the custom facts every call is searched for). */
public interface AnalysisSettingsUseCase {

    Uni<AnalysisSettings> get(TenantId tenant);

    /** Replaces the settings; they apply to calls analysed from now on. */
    Uni<AnalysisSettings> replace(TenantId tenant, AnalysisSettings settings);
}
