package com.voicedesk.bootstrap.notifications;

import com.voicedesk.adapters.persistence.notification.PostgresNotificationListener;
import com.voicedesk.application.notification.NotificationStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether this instance hears the database's notification signals, and how many streams it holds. It never
 * fails readiness: without signals, streams still get everything, within the sweep interval.
 */
@Readiness
@ApplicationScoped
public class NotificationsHealthCheck implements HealthCheck {

    private final PostgresNotificationListener listener;
    private final NotificationStreams streams;

    public NotificationsHealthCheck(PostgresNotificationListener listener, NotificationStreams streams) {
        this.listener = listener;
        this.streams = streams;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("notifications").up()
                .withData("signals", listener.listening() ? "listening" : "not listening (streams fall back to the sweep)")
                .withData("openStreams", streams.openStreams())
                .build();
    }
}
