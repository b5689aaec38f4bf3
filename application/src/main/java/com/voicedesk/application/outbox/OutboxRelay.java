package com.voicedesk.application.outbox;

import com.voicedesk.domain.event.DomainEvent;
import com.voicedesk.domain.event.OutboxQueue;
import com.voicedesk.domain.event.PendingEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands outbox events to their handlers. A failed handler is retried with exponential backoff (capped),
 * up to {@link #MAX_ATTEMPTS}; after that the entry stays in the table as dead, for an operator to see.
 * Events nobody handles are completed: they carry no work.
 */
public final class OutboxRelay {

    public static final int MAX_ATTEMPTS = 12;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration MAX_RETRY = Duration.ofMinutes(30);
    private static final System.Logger LOG = System.getLogger(OutboxRelay.class.getName());

    private final OutboxQueue queue;
    private final Map<Class<?>, DomainEventHandler<?>> handlers = new HashMap<>();
    private final Clock clock;

    public OutboxRelay(OutboxQueue queue, List<DomainEventHandler<?>> handlers, Clock clock) {
        this.queue = queue;
        this.clock = clock;
        for (DomainEventHandler<?> handler : handlers) {
            if (this.handlers.put(handler.eventType(), handler) != null) {
                throw new IllegalStateException("Two handlers for " + handler.eventType().getSimpleName());
            }
        }
    }

    /** Claims and handles one batch; the number of events handled successfully. */
    public Uni<Integer> relayBatch(int max) {
        return queue.claim(max, LEASE).flatMap(batch -> Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(this::handleOne)
                .collect().in(ArrayList<Boolean>::new, List::add)
                .map(results -> (int) results.stream().filter(Boolean::booleanValue).count()));
    }

    /** Backoff before attempt {@code attempts + 1}: 2 s, 4 s, 8 s, ... capped at 30 minutes. */
    static Duration backoff(int attempts) {
        long seconds = FIRST_RETRY.toSeconds() << Math.min(Math.max(attempts - 1, 0), 20);
        return seconds > MAX_RETRY.toSeconds() ? MAX_RETRY : Duration.ofSeconds(seconds);
    }

    private Uni<Boolean> handleOne(PendingEvent pending) {
        DomainEventHandler<?> handler = handlers.get(pending.event().getClass());
        if (handler == null) {
            return queue.completed(pending.id()).replaceWith(true);
        }
        return dispatch(handler, pending.event(), pending.attempts())
                .onItem().transformToUni(ignored -> queue.completed(pending.id()).replaceWith(true))
                .onFailure().recoverWithUni(failure -> {
                    String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
                    boolean dead = pending.attempts() >= MAX_ATTEMPTS;
                    LOG.log(dead ? System.Logger.Level.ERROR : System.Logger.Level.WARNING,
                            "Outbox event {0} ({1}) failed on attempt {2}{3}: {4}", pending.id(),
                            pending.event().getClass().getSimpleName(), pending.attempts(),
                            dead ? ", giving up" : "", error);
                    Uni<Void> recorded = dead
                            ? queue.dead(pending.id(), error)
                            : queue.failed(pending.id(), error, clock.instant().plus(backoff(pending.attempts())));
                    return recorded.replaceWith(false);
                });
    }

    @SuppressWarnings("unchecked")
    private static <E extends DomainEvent> Uni<Void> dispatch(DomainEventHandler<E> handler, DomainEvent event,
                                                             int attempt) {
        try {
            return handler.handle((E) event, attempt);
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
    }
}
