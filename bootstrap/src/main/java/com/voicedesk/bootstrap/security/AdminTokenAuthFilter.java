package com.voicedesk.bootstrap.security;

import com.voicedesk.application.tenant.TenantPrincipal;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Admin tokens ({@link AdminTokens}) on the admin's own notification resources: {@code /api/notifications}
 * and below, except minting tokens. A browser's EventSource cannot set headers, so the token may also come as
 * the {@code access_token} query parameter. Runs before {@link ApiKeyAuthFilter}, which then lets the request
 * through; a request without an admin token is left to the API key check. A token is good only while the API key
 * that minted it is: revoking the key revokes its tokens (see {@link ApiKeyCache} for when other instances see it).
 */
public class AdminTokenAuthFilter {

    static final String SCOPE = "/api/notifications";
    static final String MINTING = "/api/notifications/stream-tokens";

    static final String REVOKED = "The API key that minted this admin token has been revoked; mint a new one with an active key";
    /** A filter's "carry on". */
    private static final Uni<Response> CONTINUE = Uni.createFrom().nullItem();

    private final AdminTokens tokens;
    private final ApiKeyCache keys;
    private final CurrentTenant currentTenant;
    private final CurrentAdmin currentAdmin;

    public AdminTokenAuthFilter(AdminTokens tokens, ApiKeyCache keys, CurrentTenant currentTenant,
                                CurrentAdmin currentAdmin) {
        this.tokens = tokens;
        this.keys = keys;
        this.currentTenant = currentTenant;
        this.currentAdmin = currentAdmin;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 10)
    public Uni<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals(SCOPE) || path.startsWith(SCOPE + "/")) || path.equals(MINTING)) {
            return CONTINUE;
        }
        Optional<String> token = BearerToken.from(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .or(() -> Optional.ofNullable(request.getUriInfo().getQueryParameters().getFirst("access_token")))
                .filter(t -> t.startsWith(AdminTokens.PREFIX));
        if (token.isEmpty()) {
            return CONTINUE;
        }
        Optional<AdminTokens.Claims> claims = tokens.verify(token.get());
        if (claims.isEmpty()) {
            return Uni.createFrom().item(ApiKeyAuthFilter.unauthorized(
                    "The admin token is malformed, expired or not signed by this service; mint a new one", path));
        }
        TenantPrincipal principal = new TenantPrincipal(claims.get().tenant(), claims.get().mintedBy());
        return keys.isActive(principal).map(active -> {
            if (!active) {
                return ApiKeyAuthFilter.unauthorized(REVOKED, path);
            }
            currentTenant.set(principal);
            currentAdmin.set(claims.get().admin(), claims.get().expiresAt());
            return null;
        });
    }
}
