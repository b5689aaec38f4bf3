package com.voicedesk.domain.event;

/** An outbox entry claimed for handling; {@code attempts} counts this one. */
public record PendingEvent(long id, DomainEvent event, int attempts) {
}
