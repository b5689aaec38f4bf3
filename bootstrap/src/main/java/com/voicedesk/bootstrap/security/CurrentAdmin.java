package com.voicedesk.bootstrap.security;

import jakarta.enterprise.context.RequestScoped;

import java.time.Instant;
import java.util.Optional;

/**
 * The admin an admin token speaks for, when the request came with one ({@link AdminTokenAuthFilter}); with a
 * tenant API key there is none, and the caller names the admin.
 */
@RequestScoped
public class CurrentAdmin {

    private String identity;
    private Instant expiresAt;

    void set(String identity, Instant expiresAt) {
        this.identity = identity;
        this.expiresAt = expiresAt;
    }

    public Optional<String> identity() {
        return Optional.ofNullable(identity);
    }

    /** When the token runs out (a stream opened with it ends then). */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }
}
