package com.voicedesk.application.tenant;

import io.smallrye.mutiny.Uni;

public interface IssueApiKeyUseCase {

    Uni<IssuedApiKey> issue(IssueApiKeyCommand command);
}
