package com.voicedesk.bootstrap.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
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

    public FallbackRoutes(ObjectMapper json,
                          @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBody) {
        this.json = json;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(BEFORE_UPLOAD_LIMIT).handler(this::enforceBodyLimit);
        router.route().last().handler(ctx -> write(ctx, ProblemType.NOT_FOUND, "There is nothing at " + ctx.request().path()));
        router.route().failureHandler(this::onFailure);
    }


    /**
     * A declared body over the limit is refused before it is read. (A chunked body with no length that grows
     * over the limit is cut off by Quarkus itself, with a bare 413.)
     */
    private void enforceBodyLimit(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBodyBytes) {
                    ctx.response().putHeader("Connection", "close");
                    write(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                            "The request body is over the limit of " + maxBodyBytes + " bytes");
                    return;
                }
            } catch (NumberFormatException e) {
                write(ctx, ProblemType.MALFORMED_REQUEST, "Content-Length is not a number");
                return;
            }
        }
        ctx.next();
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        if (status == 413) {
            write(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is over the size limit");
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
