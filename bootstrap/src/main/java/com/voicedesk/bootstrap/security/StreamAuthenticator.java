package com.voicedesk.bootstrap.security;

import com.voicedesk.application.tenant.TenantPrincipal;
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

    /**
     * An authenticated stream: whose it is, the API key it stands on (the one presented, or the one that minted the
     * admin token), and when it must end (an admin token's expiry).
     */
    public record Caller(TenantPrincipal key, String admin, Optional<Instant> expiresAt) {

        public TenantId tenant() {
            return key.tenantId();
        }
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

    /** Whether the key the stream stands on is still active: an open stream ends once it is revoked. */
    public Uni<Boolean> stillValid(Caller caller) {
        return keys.isActive(caller.key());
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
                    .map(claims -> {
                        TenantPrincipal key = new TenantPrincipal(claims.tenant(), claims.mintedBy());
                        return keys.isActive(key).map(active -> {
                            if (!active) {
                                throw new NotAuthenticated(AdminTokenAuthFilter.REVOKED);
                            }
                            return new Caller(key, CurrentAdmin.resolve(Optional.of(claims.admin()), admin),
                                    Optional.of(claims.expiresAt()));
                        });
                    })
                    .orElseGet(() -> Uni.createFrom().failure(new NotAuthenticated(
                            "The admin token is malformed, expired or not signed by this service; mint a new one")));
        }
        return keys.authenticate(token).map(principal -> {
            if (principal.isEmpty()) {
                throw new NotAuthenticated("The API key is unknown or has been revoked");
            }
            return new Caller(principal.get(), CurrentAdmin.resolve(Optional.empty(), admin), Optional.empty());
        });
    }
}
