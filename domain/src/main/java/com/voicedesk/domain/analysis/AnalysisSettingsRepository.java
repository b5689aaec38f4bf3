package com.voicedesk.domain.analysis;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/** Per-tenant analysis settings. */
public interface AnalysisSettingsRepository {

    /** The tenant's settings; {@link AnalysisSettings#defaults()} when none were saved. */
    Uni<AnalysisSettings> load(TenantId tenant);

    Uni<Void> save(TenantId tenant, AnalysisSettings settings);
}
