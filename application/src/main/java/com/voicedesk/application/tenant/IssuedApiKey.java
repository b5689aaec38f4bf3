package com.voicedesk.application.tenant;

import com.voicedesk.domain.tenant.ApiKey;

/** A freshly issued key: {@code secret} is the only time the full key exists outside the caller's hands. */
public record IssuedApiKey(ApiKey key, String secret) {

    @Override
    public String toString() {
        return "IssuedApiKey[key=" + key + ", secret=" + key.prefix() + "...]";
    }
}
