package com.voicedesk.domain.event;

import io.smallrye.mutiny.Uni;

/** Records an event for later, reliable handling. Call it inside the unit of work that made the change. */
@FunctionalInterface
public interface Outbox {

    Uni<Void> enqueue(DomainEvent event);
}
