package com.voicedesk.bootstrap.wiring;

import com.voicedesk.application.notification.NotificationInboxService;
import com.voicedesk.application.notification.NotificationRaisedHandler;
import com.voicedesk.application.notification.NotificationService;
import com.voicedesk.application.notification.NotificationStreams;
import com.voicedesk.application.notification.StreamSettings;
import com.voicedesk.bootstrap.notifications.NotificationConfig;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.notification.EventIdempotency;
import com.voicedesk.domain.notification.NotificationFeed;
import com.voicedesk.domain.notification.NotificationInbox;
import com.voicedesk.domain.notification.NotificationPayloads;
import com.voicedesk.domain.notification.NotificationPreferencesRepository;
import com.voicedesk.domain.notification.NotificationRepository;
import com.voicedesk.domain.notification.NotificationSignals;
import com.voicedesk.domain.room.PresenceRepository;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.shared.UnitOfWork;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The notification use cases, the stream hub and the outbox handler (issue 6). */
public class NotificationWiring {

    @Produces
    @Singleton
    NotificationService notificationService(NotificationRepository notifications, Outbox outbox,
                                            EventIdempotency idempotency, UnitOfWork unitOfWork, Clock clock) {
        return new NotificationService(notifications, outbox, idempotency, unitOfWork, clock);
    }

    @Produces
    @Singleton
    NotificationInboxService notificationInboxService(NotificationInbox inbox, NotificationFeed feed,
                                                      NotificationPreferencesRepository preferences,
                                                      NotificationSignals signals, UnitOfWork unitOfWork, Clock clock) {
        return new NotificationInboxService(inbox, feed, preferences, signals, unitOfWork, clock);
    }

    @Produces
    @Singleton
    NotificationStreams notificationStreams(NotificationFeed feed, NotificationPreferencesRepository preferences,
                                            NotificationRepository notifications, NotificationConfig config, Clock clock) {
        NotificationConfig.Stream stream = config.stream();
        return new NotificationStreams(feed, preferences, notifications,
                new StreamSettings(stream.fetchBatch(), stream.maxReplay(), stream.buffer()), clock);
    }

    @Produces
    @Singleton
    NotificationRaisedHandler notificationRaisedHandler(NotificationFeed feed, PresenceRepository presence,
                                                        NotificationPreferencesRepository preferences, RoomService rooms,
                                                        NotificationPayloads payloads,
                                                        NotificationRepository notifications, Clock clock,
                                                        NotificationConfig config) {
        return new NotificationRaisedHandler(feed, presence, preferences, rooms, payloads, notifications,
                clock, config.roomDeliveryMaxAge());
    }
}
