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

    /**
     * The same, told which delivery this is ({@code 1} for the first, counting retries after failures), for a
     * handler whose policy changes as retries run out (call analysis falls back to offline rules).
     */
    default Uni<Void> handle(E event, int attempt) {
        return handle(event);
    }
}
