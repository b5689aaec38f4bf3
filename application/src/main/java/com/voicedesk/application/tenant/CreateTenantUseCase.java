package com.voicedesk.application.tenant;

import com.voicedesk.domain.tenant.Tenant;
import io.smallrye.mutiny.Uni;

public interface CreateTenantUseCase {

    /** Fails with a ConflictException when the slug is taken. */
    Uni<Tenant> create(CreateTenantCommand command);
}
