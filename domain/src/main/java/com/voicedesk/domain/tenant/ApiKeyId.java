package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.Identifiers;
import com.voicedesk.domain.shared.Require;

import java.util.UUID;

public record ApiKeyId(UUID value) {

    public ApiKeyId {
        Require.nonNull(value, "apiKeyId");
    }

    public static ApiKeyId random() {
        return new ApiKeyId(UUID.randomUUID());
    }

    public static ApiKeyId of(String raw) {
        return new ApiKeyId(Identifiers.parse(raw, "apiKeyId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
