package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The tenant's notifications in feed order ({@link FeedEntry#seq()}): what live streams read. */
public interface NotificationFeed {

    /** The highest committed sequence number of the tenant (0 when it has none). */
    Uni<Long> latestSequence(TenantId tenant);

    /** Up to {@code limit} entries after {@code afterSeq}, oldest first, for every recipient. */
    Uni<List<FeedEntry>> after(TenantId tenant, long afterSeq, int limit);

    /** Up to {@code limit} entries after {@code afterSeq} that this admin gets, oldest first. */
    Uni<List<FeedEntry>> afterFor(TenantId tenant, String admin, Set<NotificationType> muted, long afterSeq, int limit);

    /** How many entries after {@code afterSeq} this admin gets. */
    Uni<Long> countAfterFor(TenantId tenant, String admin, Set<NotificationType> muted, long afterSeq);

    Uni<Optional<FeedEntry>> find(TenantId tenant, NotificationId id);
}
