package com.voicedesk.domain.notification;

import io.smallrye.mutiny.Multi;

/** The signals this instance hears, from every instance (itself included). */
@FunctionalInterface
public interface NotificationSignalSource {

    Multi<NotificationSignal> signals();
}
