package com.voicedesk.application.notification;

import com.voicedesk.domain.event.NotificationRaised;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.notification.EventIdempotency;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationRepository;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.UnitOfWork;
import io.smallrye.mutiny.Uni;

import java.time.Clock;

/**
 * Raises notifications: stored first (the inbox), then delivered. In the same transaction it queues the
 * outbox event (data-channel delivery, and a second wake-up should the first be missed); storing signals every
 * instance, which hears it when the transaction commits and pushes it to the streams it holds.
 */
public final class NotificationService implements RaiseNotificationUseCase, AcceptCrmEventUseCase {

    private final NotificationRepository notifications;
    private final Outbox outbox;
    private final EventIdempotency idempotency;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, Outbox outbox, EventIdempotency idempotency,
                               UnitOfWork unitOfWork, Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Uni<Notification> raise(RaiseNotificationCommand command) {
        Notification notification = Notification.raise(command.tenantId(), command.type(), command.title(),
                command.message(), command.link(), command.data(), command.recipient(), clock.instant());
        return unitOfWork.inTransaction(() -> store(notification)).replaceWith(notification);
    }

    @Override
    public Uni<AcceptedEvent> accept(AcceptCrmEventCommand command) {
        Notification notification = Notification.raise(command.tenantId(), command.type(), command.title(),
                command.message(), command.link(), command.data(), command.recipient(), clock.instant());
        AcceptedEvent accepted = new AcceptedEvent(notification.id(), false);
        if (command.idempotencyKey() == null) {
            return unitOfWork.inTransaction(() -> store(notification)).replaceWith(accepted);
        }
        String fingerprint = EventFingerprint.of(notification);
        return unitOfWork.inTransaction(() -> idempotency.claim(command.tenantId(), command.idempotencyKey(),
                        fingerprint, notification.id(), notification.createdAt())
                .flatMap(earlier -> {
                    if (earlier.isEmpty()) {
                        return store(notification).replaceWith(accepted);
                    }
                    if (!earlier.get().fingerprint().equals(fingerprint)) {
                        return Uni.createFrom().failure(new ConflictException("Idempotency key '"
                                + command.idempotencyKey() + "' was already used for a different event; "
                                + "use a new key for a new event"));
                    }
                    return Uni.createFrom().item(new AcceptedEvent(earlier.get().notificationId(), true));
                }));
    }

    private Uni<Void> store(Notification notification) {
        return notifications.insert(notification)
                .chain(() -> outbox.enqueue(new NotificationRaised(notification.tenantId(), notification.id())));
    }
}
