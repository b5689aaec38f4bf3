package com.voicedesk.bootstrap.security;

import com.voicedesk.domain.notification.AdminIdentity;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.InvalidValueException;
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

    /** The admin this request acts for: the token's, or with an API key the one named ({@code admin} parameter). */
    public String resolve(String requested) {
        return resolve(identity(), requested);
    }

    static String resolve(Optional<String> bound, String requested) {
        String named = requested == null || requested.isBlank() ? null : requested.strip();
        if (bound.isPresent()) {
            if (named != null && !named.equals(bound.get())) {
                throw new AccessDeniedException("This admin token is for '" + bound.get() + "'; it cannot act for '" + named + "'");
            }
            return bound.get();
        }
        if (named == null) {
            throw new InvalidValueException("admin", "is required with an API key: the identity of the admin");
        }
        return AdminIdentity.require(named);
    }
}
