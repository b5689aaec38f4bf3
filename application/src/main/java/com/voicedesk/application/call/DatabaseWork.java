package com.voicedesk.application.call;

import com.voicedesk.domain.shared.ConflictException;
import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs database work that does not belong to an HTTP request (media sockets, speech-to-text callbacks,
 * timers) on a fresh storage context: the executor given by the wiring starts each unit on its own
 * database session (in Quarkus, a new Vert.x duplicated context), so concurrent units never share one.
 */
public final class DatabaseWork {

    private static final int CONFLICT_ATTEMPTS = 6;

    private final Executor freshContext;

    public DatabaseWork(Executor freshContext) {
        this.freshContext = freshContext;
    }

    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Uni.createFrom().<T>deferred(work::get).runSubscriptionOn(freshContext);
    }

    /**
     * As {@link #run}, retried from scratch (a new session, a fresh read) when an optimistic lock says that
     * someone else changed the row first.
     */
    public <T> Uni<T> runRetryingConflicts(Supplier<Uni<T>> work) {
        return run(work).onFailure(ConflictException.class).retry()
                .withBackOff(Duration.ofMillis(20), Duration.ofMillis(500)).atMost(CONFLICT_ATTEMPTS);
    }
}
