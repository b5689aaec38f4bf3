package com.voicedesk.application.outbox;

import com.voicedesk.domain.event.DomainEvent;
import io.smallrye.mutiny.Uni;

/**
 * Acts on one kind of outbox event. Called at least once per event, possibly again after a crash or a
 * failure, so it must be idempotent. A failure is retried with backoff.
 */
public interface DomainEventHandler<E extends DomainEvent> {

    Class<E> eventType();

    Uni<Void> handle(E event);
}
