package com.voicedesk.bootstrap.security;

import com.voicedesk.bootstrap.problem.ProblemType;
import com.voicedesk.bootstrap.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Everything under /api needs a tenant API key ({@code Authorization: Bearer vd_...}). Runs before the body
 * is read, so an unauthenticated request learns nothing about its payload's validity.
 */
public class ApiKeyAuthFilter {

    private final ApiKeyCache keys;
    private final CurrentTenant currentTenant;

    public ApiKeyAuthFilter(ApiKeyCache keys, CurrentTenant currentTenant) {
        this.keys = keys;
        this.currentTenant = currentTenant;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/api") || path.startsWith("/api/")) || currentTenant.isAuthenticated()) {
            return Uni.createFrom().nullItem();
        }
        Optional<String> token = BearerToken.from(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty()) {
            return Uni.createFrom().item(unauthorized("Send a tenant API key as 'Authorization: Bearer <key>'", path));
        }
        return keys.authenticate(token.get()).map(principal -> {
            if (principal.isEmpty()) {
                return unauthorized("The API key is unknown or has been revoked", path);
            }
            currentTenant.set(principal.get());
            return null;
        });
    }

    static Response unauthorized(String detail, String path) {
        Response problem = Problems.response(ProblemType.UNAUTHORIZED, detail, path);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"voicedesk\"").build();
    }
}
