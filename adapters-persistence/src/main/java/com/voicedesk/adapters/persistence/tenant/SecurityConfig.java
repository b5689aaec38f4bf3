package com.voicedesk.adapters.persistence.tenant;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Secrets at rest. */
@ConfigMapping(prefix = "voicedesk.security")
public interface SecurityConfig {

    /**
     * Base64 of a 32-byte AES key that seals provider credentials. Without it the service runs, but
     * refuses to store credentials. Keep it in a Kubernetes Secret; losing it loses the stored credentials.
     */
    Optional<String> masterKey();
}
