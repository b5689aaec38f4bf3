package com.voicedesk.bootstrap.notifications;

import com.voicedesk.application.notification.NotificationStreams;
import com.voicedesk.domain.notification.EventIdempotency;
import com.voicedesk.domain.notification.NotificationSignalSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Runs the stream hub on this instance: feeds it the database's signals, sweeps its feeds, writes its
 * "delivered live" marks, and forgets old idempotency keys.
 */
@ApplicationScoped
public class NotificationRuntime {

    private static final Logger LOG = Logger.getLogger(NotificationRuntime.class);

    private final NotificationStreams streams;
    private final NotificationSignalSource signals;
    private final EventIdempotency idempotency;
    private final NotificationConfig config;
    private final Clock clock;

    public NotificationRuntime(NotificationStreams streams, NotificationSignalSource signals, EventIdempotency idempotency,
                               NotificationConfig config, Clock clock) {
        this.streams = streams;
        this.signals = signals;
        this.idempotency = idempotency;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event, MeterRegistry registry) {
        signals.signals().subscribe().with(streams::onSignal,
                failure -> LOG.error("Notification signals stopped; streams fall back to the periodic sweep", failure));
        Gauge.builder("voicedesk.notifications.streams", streams, NotificationStreams::openStreams)
                .description("Notification streams (SSE) open on this instance")
                .register(registry);
    }

    @Scheduled(every = "${voicedesk.notifications.sweep-interval:2s}", identity = "notification-sweep",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        streams.sweep();
    }

    @Scheduled(every = "${voicedesk.notifications.delivery-flush-interval:1s}", identity = "notification-delivered-marks",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> flushDeliveries() {
        return streams.flushDeliveries().onFailure()
                .invoke(e -> LOG.warn("Writing delivered-live marks failed; retrying on the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    @Scheduled(every = "1h", delayed = "1m", identity = "notification-idempotency-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeIdempotencyKeys() {
        return idempotency.purgeClaimedBefore(clock.instant().minus(config.idempotencyRetention()))
                .invoke(purged -> {
                    if (purged > 0) {
                        LOG.debugf("Forgot %d idempotency keys older than %s", purged, config.idempotencyRetention());
                    }
                })
                .onFailure().invoke(e -> LOG.warn("Purging idempotency keys failed; retrying in an hour", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
