package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.Notification;
import io.smallrye.mutiny.Uni;

public interface RaiseNotificationUseCase {

    /**
     * Stores the notification and queues its delivery, in the caller's transaction when there is one:
     * the notification exists if and only if the change that caused it committed.
     */
    Uni<Notification> raise(RaiseNotificationCommand command);
}
