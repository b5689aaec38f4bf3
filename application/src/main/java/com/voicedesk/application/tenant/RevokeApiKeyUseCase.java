package com.voicedesk.application.tenant;

import io.smallrye.mutiny.Uni;

public interface RevokeApiKeyUseCase {

    /** Fails with NotFoundException when the tenant has no such active key. */
    Uni<Void> revoke(RevokeApiKeyCommand command);
}
