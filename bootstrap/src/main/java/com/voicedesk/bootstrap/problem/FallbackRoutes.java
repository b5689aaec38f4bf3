package com.voicedesk.bootstrap.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * What the JAX-RS layer never sees still answers in problem+json: a path no route serves, and failures
 * the HTTP layer raises itself (a body over the size limit).
 */
@ApplicationScoped
public class FallbackRoutes {

    private static final Logger LOG = Logger.getLogger(FallbackRoutes.class);

    /** Quarkus's own body-size check runs at order -2 and answers with an empty 413; this one runs first. */
    private static final int BEFORE_UPLOAD_LIMIT = -3;

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final BodyHandler chunkedBodies;

    public FallbackRoutes(ObjectMapper json,
                          @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBody) {
        this.json = json;
        this.maxBodyBytes = maxBody.asLongValue();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
    }

    void register(@Observes Router router) {
        router.route().order(BEFORE_UPLOAD_LIMIT).handler(this::enforceBodyLimit);
        router.route().last().handler(ctx -> write(ctx, ProblemType.NOT_FOUND, "There is nothing at " + ctx.request().path()));
        router.route().failureHandler(this::onFailure);
    }


    /**
     * A declared body over the limit is refused before it is read. A chunked API body (HTTP/1.1, no declared
     * length) is read here, up to the limit: past it the body handler fails the request with 413, which
     * {@link #onFailure} answers, where Quarkus would cut it off with a bare 413. Not done for HTTP/2 (RESTEasy
     * Reactive cannot take over an HTTP/2 request whose body was read already), nor for webhooks (their senders
     * declare a length, and their form bodies are read by the resources).
     */
    private void enforceBodyLimit(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBodyBytes) {
                    closeAfterResponse(ctx);
                    write(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                            "The request body is over the limit of " + maxBodyBytes + " bytes");
                    return;
                }
            } catch (NumberFormatException e) {
                write(ctx, ProblemType.MALFORMED_REQUEST, "Content-Length is not a number");
                return;
            }
        } else if (isApi(ctx.request().path()) && isChunked(ctx.request())) {
            chunkedBodies.handle(ctx);
            return;
        }
        ctx.next();
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/admin/");
    }

    private static boolean isChunked(HttpServerRequest request) {
        return request.version() != HttpVersion.HTTP_2 && request.headers().contains("Transfer-Encoding", "chunked", true);
    }

    /** HTTP/1 only: HTTP/2 forbids the header, and ends just the stream. */
    private static void closeAfterResponse(RoutingContext ctx) {
        if (ctx.request().version() != HttpVersion.HTTP_2) {
            ctx.response().putHeader("Connection", "close");
        }
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        if (status == 413) {
            closeAfterResponse(ctx); // the client may still be sending
            write(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is over the limit of " + maxBodyBytes + " bytes");
        } else if (status == 404) {
            write(ctx, ProblemType.NOT_FOUND, "There is nothing at " + ctx.request().path());
        } else if (status == 405) {
            write(ctx, ProblemType.METHOD_NOT_ALLOWED, "This resource does not support " + ctx.request().method());
        } else if (status >= 400 && status < 500) {
            write(ctx, ProblemType.MALFORMED_REQUEST, "The request could not be handled (HTTP " + status + ")");
        } else {
            if (ctx.failure() != null) {
                LOG.error("Unhandled HTTP failure on " + ctx.request().path(), ctx.failure());
            }
            ctx.next();
        }
    }

    private void write(RoutingContext ctx, ProblemType type, String detail) {
        HttpServerRequest request = ctx.request();
        try {
            byte[] body = json.writeValueAsBytes(Problems.of(type, detail, request.path(), List.of()));
            ctx.response().setStatusCode(type.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (Exception e) {
            ctx.response().setStatusCode(type.status()).end();
        }
    }
}
