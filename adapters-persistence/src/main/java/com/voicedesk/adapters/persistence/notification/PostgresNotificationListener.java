package com.voicedesk.adapters.persistence.notification;

import com.voicedesk.domain.notification.NotificationSignal;
import com.voicedesk.domain.notification.NotificationSignalSource;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code LISTEN} on the signal channel over one dedicated connection (not from the pool: it is held for the
 * life of the instance). The connection is re-established after a loss, with backoff; every (re)subscription
 * is reported as {@link NotificationSignal.Resync}, because signals sent while it was down are gone.
 */
@ApplicationScoped
public class PostgresNotificationListener implements NotificationSignalSource {

    private static final Logger LOG = Logger.getLogger(PostgresNotificationListener.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final Vertx vertx;
    private final PgConnectOptions options;
    private final List<MultiEmitter<? super NotificationSignal>> listeners = new CopyOnWriteArrayList<>();
    private PgSubscriber subscriber;
    private volatile boolean listening;
    private volatile boolean stopped;

    public PostgresNotificationListener(Vertx vertx,
                                        @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                                        @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                                        @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.options = connectOptions(url, username, password);
    }

    @Override
    public Multi<NotificationSignal> signals() {
        return Multi.createFrom().emitter(emitter -> {
            listeners.add(emitter);
            emitter.onTermination(() -> listeners.remove(emitter));
            start();
        });
    }

    /** Whether the channel is being listened to right now. */
    public boolean listening() {
        return listening;
    }

    private synchronized void start() {
        if (subscriber != null || stopped) {
            return;
        }
        subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(attempt -> stopped ? -1L : backoff(attempt));
        subscriber.channel(PostgresNotificationSignals.CHANNEL)
                .subscribeHandler(ignored -> {
                    listening = true;
                    LOG.debugf("Listening on %s", PostgresNotificationSignals.CHANNEL);
                    publish(NotificationSignal.Resync.INSTANCE);
                })
                .handler(payload -> PostgresNotificationSignals.parse(payload).ifPresentOrElse(this::publish,
                        () -> LOG.warnf("Ignoring an unknown signal on %s: %s", PostgresNotificationSignals.CHANNEL, payload)));
        subscriber.closeHandler(ignored -> listening = false);
        connect(0);
    }

    /** The first connection is retried here; a lost one is retried by the subscriber's reconnect policy. */
    private void connect(int attempt) {
        if (stopped) {
            return;
        }
        subscriber.connect().onFailure(failure -> {
            listening = false;
            LOG.warnf("Cannot listen for notification signals yet (%s); retrying", failure.getMessage());
            vertx.setTimer(backoff(attempt), id -> connect(attempt + 1));
        });
    }

    private void publish(NotificationSignal signal) {
        for (MultiEmitter<? super NotificationSignal> listener : listeners) {
            try {
                listener.emit(signal);
            } catch (RuntimeException e) {
                LOG.warn("A notification signal listener failed", e);
            }
        }
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        stopped = true;
        listening = false;
        if (subscriber != null) {
            subscriber.close();
        }
        listeners.forEach(MultiEmitter::complete);
    }

    private static long backoff(int attempt) {
        return Math.min(MAX_BACKOFF_MS, 100L << Math.min(attempt, 10));
    }

    /** Quarkus's reactive URL (possibly several, comma-separated, possibly prefixed) and credentials. */
    static PgConnectOptions connectOptions(String url, Optional<String> username, Optional<String> password) {
        String first = url.split(",")[0].strip();
        if (first.startsWith("vertx-reactive:")) {
            first = first.substring("vertx-reactive:".length());
        }
        PgConnectOptions options = PgConnectOptions.fromUri(first);
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        return options.setReconnectAttempts(0);
    }
}
