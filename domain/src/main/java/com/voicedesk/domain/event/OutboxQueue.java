package com.voicedesk.domain.event;

import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The relay's side of the outbox. Claims are leases: an entry claimed by an instance that dies is
 * claimed again by another once the lease runs out, so several instances can share one queue.
 */
public interface OutboxQueue {

    /** Up to {@code max} due entries, oldest first, leased for {@code lease}. */
    Uni<List<PendingEvent>> claim(int max, Duration lease);

    Uni<Void> completed(long id);

    /** Releases the entry to be retried at {@code retryAt}, recording the error. */
    Uni<Void> failed(long id, String error, Instant retryAt);

    /** Gives up on the entry: it stays in the table, marked dead with its last error, for an operator. */
    Uni<Void> dead(long id, String error);

    /** Entries whose handler kept failing and that will not be retried again. */
    Uni<Long> countDead();
}
