package com.voicedesk.bootstrap.security;

import java.util.Optional;

/** Reads {@code Authorization: Bearer <token>}. */
final class BearerToken {

    private static final String SCHEME = "bearer ";

    private BearerToken() {
    }

    static Optional<String> from(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
