package com.voicedesk.bootstrap.api.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicedesk.application.notification.OpenNotificationStreamUseCase;
import com.voicedesk.application.notification.StreamEvent;
import com.voicedesk.bootstrap.notifications.NotificationConfig;
import com.voicedesk.bootstrap.problem.Problem;
import com.voicedesk.bootstrap.problem.ProblemType;
import com.voicedesk.bootstrap.problem.Problems;
import com.voicedesk.bootstrap.security.StreamAuthenticator;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.InvalidValueException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.mutiny.subscription.MultiSubscriber;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /api/notifications/stream}: an admin's notifications as Server-Sent Events, resumable with
 * {@code Last-Event-ID}. Served as a Vert.x route rather than a JAX-RS resource because it is the fan-out's hot
 * path: a notification to every admin is written to every open stream as one shared, pre-built frame, with no
 * per-stream serialisation. The response is answered only with the stream's first event, once it is live, so a
 * client holding the 200 misses nothing committed after it; until then, errors (the store failing included) are
 * problem+json like everywhere else.
 * <p>
 * The first frame ({@code : connected}, {@code retry}) carries the stream's place in the feed as its {@code id}.
 * Events: {@code notification} (id = the notification's seq; data = {@link NotificationMessage}) and
 * {@code resync} (too much was missed, or the id is unknown: reload the inbox). A comment line every
 * {@code heartbeat} keeps proxies from closing an idle stream, and at each one the stream checks that its API key
 * (presented, or behind its admin token) is still active: a revoked key ends its streams. A stream opened with an
 * admin token ends when the token expires; a client that falls {@code buffer} events behind is disconnected (it
 * resumes from its last id).
 */
@ApplicationScoped
public class NotificationStreamRoute {

    static final String PATH = "/api/notifications/stream";
    private static final Logger LOG = Logger.getLogger(NotificationStreamRoute.class);
    private static final Buffer HEARTBEAT = Buffer.buffer(": keep-alive\n\n");

    private final OpenNotificationStreamUseCase streams;
    private final StreamAuthenticator authenticator;
    private final JsonNotificationPayloads payloads;
    private final ObjectMapper json;
    private final NotificationConfig.Stream config;
    private final Clock clock;
    private final Vertx vertx;
    private final ConcurrentHashMap<Thread, LoopWriter> writers = new ConcurrentHashMap<>();

    public NotificationStreamRoute(OpenNotificationStreamUseCase streams, StreamAuthenticator authenticator,
                                   JsonNotificationPayloads payloads, ObjectMapper json, NotificationConfig config,
                                   Clock clock, Vertx vertx) {
        this.streams = streams;
        this.authenticator = authenticator;
        this.payloads = payloads;
        this.json = json;
        this.config = config.stream();
        this.clock = clock;
        this.vertx = vertx;
    }

    void register(@Observes Router router) {
        router.get(PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::open);
    }

    private void open(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        OptionalLong lastEventId;
        try {
            lastEventId = lastEventId(request.getHeader("Last-Event-ID"), request.getParam("lastEventId"));
        } catch (InvalidValueException e) {
            problem(ctx, e);
            return;
        }
        authenticator.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION), request.getParam("access_token"),
                        request.getParam("admin"))
                .subscribe().with(caller -> start(ctx, caller, lastEventId), failure -> problem(ctx, failure));
    }

    /**
     * Opens the admin's stream; the response's head is written only with its first event, once the stream is live
     * (so a client that has the 200 misses nothing committed after it), and a stream that cannot start is answered
     * with a problem instead.
     */
    private void start(RoutingContext ctx, StreamAuthenticator.Caller caller, OptionalLong lastEventId) {
        if (ctx.response().closed()) {
            return;
        }
        Sink sink = new Sink(ctx, caller, writers.computeIfAbsent(Thread.currentThread(),
                loop -> new LoopWriter(Vertx.currentContext())));
        caller.expiresAt().ifPresent(expiry -> sink.endAfter(Duration.between(clock.instant(), expiry)));
        streams.open(caller.tenant(), caller.admin(), lastEventId).subscribe().withSubscriber(sink);
    }

    /**
     * Hands writes to the event loop that owns the connections. A broadcast reaches every stream from the thread
     * that read the feed; queued here, it costs one task per event loop instead of one per stream. Its context is
     * the first stream's request context on that loop, shared by every later stream: only writes run on it, never
     * work that keeps state in the context (a Panache session would be shared by all of them).
     */
    private static final class LoopWriter {

        private record Pending(Sink sink, Buffer frame) {
        }

        final Context context;
        private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        LoopWriter(Context context) {
            this.context = context;
        }

        void write(Sink sink, Buffer frame) {
            queue.add(new Pending(sink, frame));
            if (scheduled.compareAndSet(false, true)) {
                context.runOnContext(ignored -> drain());
            }
        }

        private void drain() {
            scheduled.set(false);
            Pending pending;
            while ((pending = queue.poll()) != null) {
                pending.sink().writeNow(pending.frame());
            }
        }
    }

    /** Writes a stream's events to its response, and ends both together. */
    private final class Sink implements MultiSubscriber<StreamEvent> {

        private final RoutingContext ctx;
        private final LoopWriter writer;
        private final HttpServerResponse response;
        private final AtomicInteger backlog = new AtomicInteger();
        private volatile Flow.Subscription subscription;
        private final long heartbeat;
        private volatile long expiry = -1;

        /** On the request's own context: the heartbeat's key check runs there, never on a context shared by streams. */
        Sink(RoutingContext ctx, StreamAuthenticator.Caller caller, LoopWriter writer) {
            this.ctx = ctx;
            this.writer = writer;
            this.response = ctx.response();
            this.heartbeat = vertx.setPeriodic(config.heartbeat().toMillis(), id -> {
                if (!response.headWritten()) {
                    return; // not live yet
                }
                writeNow(HEARTBEAT);
                authenticator.stillValid(caller).subscribe().with(valid -> {
                    if (!valid) {
                        LOG.debugf("Ending the notification stream of %s: its API key was revoked", caller.admin());
                        end();
                    }
                }, failure -> LOG.debugf("Could not re-check a stream's API key (kept open): %s", failure.toString()));
            });
            response.closeHandler(ignored -> stop());
            response.exceptionHandler(ignored -> stop());
        }

        /** On the connection's event loop, with the stream's first event. */
        private void writeHead() {
            response.setStatusCode(200).setChunked(true)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .putHeader("X-Accel-Buffering", "no"); // nginx: do not buffer the stream
        }

        void endAfter(Duration remaining) {
            expiry = vertx.setTimer(Math.max(1, remaining.toMillis()), id -> end());
        }

        private void end() {
            stop();
            if (!response.headWritten() && !response.closed()) {
                // the token expired while the stream was still opening: answer as a reconnect would be answered
                problem(ctx, new StreamAuthenticator.NotAuthenticated("The admin token expired; mint a new one"));
            } else if (!response.ended() && !response.closed()) {
                response.end();
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (response.closed()) {
                s.cancel();
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onItem(StreamEvent event) {
            Buffer frame = switch (event) {
                // its id is where the stream stands: a client that reconnects before any notification resumes there
                case StreamEvent.Live live -> Buffer.buffer(": connected\nretry: " + config.retry().toMillis()
                        + "\nid: " + live.seq() + "\n\n");
                case StreamEvent.Delivered delivered -> payloads.frame(delivered.entry());
                case StreamEvent.Resync resync -> Buffer.buffer("id: " + resync.seq() + "\nevent: resync\ndata: {\"missed\":"
                        + resync.missed() + ",\"seq\":" + resync.seq() + "}\n\n");
            };
            writer.write(this, frame);
        }

        @Override
        public void onFailure(Throwable failure) {
            stop();
            // after anything queued for this stream: a failure before its first event is still a proper answer
            writer.context.runOnContext(ignored -> {
                if (response.headWritten()) {
                    LOG.debugf("Notification stream failed: %s", failure.toString());
                    ctx.request().connection().close();
                } else {
                    problem(ctx, failure);
                }
            });
        }

        @Override
        public void onCompletion() {
            stop();
            if (!response.ended()) {
                response.end();
            }
        }

        /** On the connection's event loop. */
        void writeNow(Buffer buffer) {
            if (response.closed() || response.ended()) {
                return;
            }
            if (!response.headWritten()) {
                writeHead(); // the first write is always the stream's Live event
            }
            response.write(buffer);
            // Netty buffers what the client has not taken yet; past the limit the client is too slow to follow
            if (response.writeQueueFull()) {
                if (backlog.incrementAndGet() > config.buffer()) {
                    LOG.debugf("Closing a notification stream that fell %d events behind", config.buffer());
                    stop();
                    ctx.request().connection().close();
                }
            } else {
                backlog.set(0);
            }
        }

        private void stop() {
            vertx.cancelTimer(heartbeat);
            if (expiry >= 0) {
                vertx.cancelTimer(expiry);
            }
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }

    static OptionalLong lastEventId(String header, String param) {
        String raw = header != null && !header.isBlank() ? header : param;
        if (raw == null || raw.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(value);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Last-Event-ID", "must be the id of an event this stream sent (a whole number)");
        }
    }

    private void problem(RoutingContext ctx, Throwable failure) {
        String path = ctx.request().path();
        Problem problem = switch (failure) {
            case StreamAuthenticator.NotAuthenticated e -> Problems.of(ProblemType.UNAUTHORIZED, e.getMessage(), path, List.of());
            case AccessDeniedException e -> Problems.of(ProblemType.FORBIDDEN, e.getMessage(), path, List.of());
            case InvalidValueException e -> Problems.of(ProblemType.VALIDATION_FAILED, e.getMessage(), path,
                    List.of(new Problem.FieldError(e.field(), e.reason())));
            default -> {
                String errorId = UUID.randomUUID().toString();
                LOG.errorf(failure, "Unhandled error %s on %s", errorId, path);
                yield Problems.of(ProblemType.INTERNAL_ERROR,
                        "Something went wrong on our side; quote error id " + errorId + " when reporting it", path, List.of());
            }
        };
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            return;
        }
        if (problem.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer realm=\"voicedesk\"");
        }
        try {
            response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Buffer.buffer(json.writeValueAsBytes(problem)));
        } catch (JsonProcessingException e) {
            response.setStatusCode(problem.status()).end();
        }
    }
}
