package com.voicedesk.bootstrap.api.calls;

import com.voicedesk.application.transcription.WatchTranscriptUseCase;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.call.CallId;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the call of a transcript stream request before the stream starts: once an SSE response has begun,
 * its status can no longer say 404. Runs after authentication, so the tenant is known.
 */
public class TranscriptStreamCheck {

    private static final Pattern PATH = Pattern.compile("/api/calls/([^/]+)/transcript/stream/?");

    private final WatchTranscriptUseCase watcher;
    private final CurrentTenant tenant;

    public TranscriptStreamCheck(WatchTranscriptUseCase watcher, CurrentTenant tenant) {
        this.watcher = watcher;
        this.tenant = tenant;
    }

    @ServerRequestFilter(priority = Priorities.USER)
    public Uni<Response> check(ContainerRequestContext request) {
        Matcher matcher = PATH.matcher(request.getUriInfo().getPath());
        if (!matcher.matches() || !"GET".equals(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        // failures (unknown call, malformed id) go to the problem mappers
        return watcher.watch(tenant.id(), CallId.of(matcher.group(1)), 0)
                .invoke(watch -> watch.close())
                .replaceWith((Response) null);
    }
}
