package com.voicedesk.bootstrap.security;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

/**
 * Who opens a notification stream. The stream is served outside JAX-RS (see NotificationStreamRoute), so it
 * authenticates here with the same rules as the filters: an admin token (header or {@code access_token}),
 * which names the admin, or a tenant API key with the admin named by the caller.
 */
@ApplicationScoped
public class StreamAuthenticator {

    /** An authenticated stream: whose it is, and when it must end (an admin token's expiry). */
    public record Caller(TenantId tenant, String admin, Optional<Instant> expiresAt) {
    }

    /** No credentials, or credentials that are not valid: the caller gets a 401. */
    public static final class NotAuthenticated extends RuntimeException {
        public NotAuthenticated(String message) {
            super(message);
        }
    }

    private final AdminTokens tokens;
    private final ApiKeyCache keys;

    public StreamAuthenticator(AdminTokens tokens, ApiKeyCache keys) {
        this.tokens = tokens;
        this.keys = keys;
    }

    public Uni<Caller> authenticate(String authorization, String accessToken, String admin) {
        Optional<String> presented = BearerToken.from(authorization).or(() -> Optional.ofNullable(accessToken));
        if (presented.isEmpty()) {
            return Uni.createFrom().failure(new NotAuthenticated(
                    "Send an admin token (access_token=...) or a tenant API key as 'Authorization: Bearer <key>'"));
        }
        String token = presented.get();
        if (token.startsWith(AdminTokens.PREFIX)) {
            return tokens.verify(token)
                    .map(claims -> Uni.createFrom().item(() -> new Caller(claims.tenant(),
                            CurrentAdmin.resolve(Optional.of(claims.admin()), admin), Optional.of(claims.expiresAt()))))
                    .orElseGet(() -> Uni.createFrom().failure(new NotAuthenticated(
                            "The admin token is malformed, expired or not signed by this service; mint a new one")));
        }
        return keys.authenticate(token).map(principal -> {
            if (principal.isEmpty()) {
                throw new NotAuthenticated("The API key is unknown or has been revoked");
            }
            return new Caller(principal.get().tenantId(), CurrentAdmin.resolve(Optional.empty(), admin), Optional.empty());
        });
    }
}
