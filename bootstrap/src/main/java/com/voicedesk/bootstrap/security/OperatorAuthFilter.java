package com.voicedesk.bootstrap.security;

import com.voicedesk.bootstrap.VoiceDeskConfig;
import com.voicedesk.bootstrap.problem.ProblemType;
import com.voicedesk.bootstrap.problem.Problems;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Everything under /admin needs the operator token; without a configured token, /admin is closed. */
public class OperatorAuthFilter {

    private final Optional<byte[]> operatorToken;

    public OperatorAuthFilter(VoiceDeskConfig config) {
        this.operatorToken = config.operatorToken().filter(t -> !t.isBlank())
                .map(t -> t.strip().getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response authorize(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/admin") || path.startsWith("/admin/"))) {
            return null;
        }
        if (operatorToken.isEmpty()) {
            return Problems.response(ProblemType.FORBIDDEN,
                    "Tenant administration is switched off: this service has no operator token (VOICEDESK_OPERATOR_TOKEN)",
                    path);
        }
        Optional<String> token = BearerToken.from(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty()) {
            return ApiKeyAuthFilter.unauthorized("Send the operator token as 'Authorization: Bearer <token>'", path);
        }
        // constant-time comparison: the token is a long-lived secret
        if (!MessageDigest.isEqual(operatorToken.get(), token.get().getBytes(StandardCharsets.UTF_8))) {
            return ApiKeyAuthFilter.unauthorized("The operator token is wrong", path);
        }
        return null;
    }
}
