package com.voicedesk.application.notification;

import io.smallrye.mutiny.Uni;

public interface AcceptCrmEventUseCase {

    /**
     * Stores the event's notification and queues its delivery. A key used before with the same event returns
     * the first notification (nothing new is stored); with a different event it is refused as a conflict.
     */
    Uni<AcceptedEvent> accept(AcceptCrmEventCommand command);
}
