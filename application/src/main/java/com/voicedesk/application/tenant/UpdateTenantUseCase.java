package com.voicedesk.application.tenant;

import io.smallrye.mutiny.Uni;

public interface UpdateTenantUseCase {

    Uni<TenantView> update(UpdateTenantCommand command);
}
