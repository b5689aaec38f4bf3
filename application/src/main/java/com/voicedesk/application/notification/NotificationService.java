package com.voicedesk.application.notification;

import com.voicedesk.domain.event.NotificationRaised;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationRepository;
import com.voicedesk.domain.shared.UnitOfWork;
import io.smallrye.mutiny.Uni;

import java.time.Clock;

/** Raises notifications: stored first (the inbox), delivered from the outbox. */
public final class NotificationService implements RaiseNotificationUseCase {

    private final NotificationRepository notifications;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Uni<Notification> raise(RaiseNotificationCommand command) {
        Notification notification = Notification.raise(command.tenantId(), command.type(), command.title(),
                command.message(), command.link(), command.data(), command.recipient(), clock.instant());
        return unitOfWork.inTransaction(() -> notifications.insert(notification)
                .chain(() -> outbox.enqueue(new NotificationRaised(notification.tenantId(), notification.id()))))
                .replaceWith(notification);
    }
}
