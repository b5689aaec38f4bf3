package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Stored notifications: the inbox. Delivery reads and updates it; nothing is ever lost from it. */
public interface NotificationRepository {

    /**
     * Stores the notification; joins the caller's transaction. When that commits, the notification gets the
     * tenant's next feed sequence number and every instance is signalled ({@link NotificationSignal.FeedAdvanced}).
     * Numbers are taken at commit, one committing transaction of a tenant at a time, which keeps the feed
     * gap-free and in commit order without holding a lock while the caller's transaction runs.
     */
    Uni<Void> insert(Notification notification);

    Uni<Optional<Notification>> findById(TenantId tenant, NotificationId id);

    /** PENDING notifications among these become DELIVERED_LIVE at {@code at}; others are left alone. */
    Uni<Void> markDeliveredLive(TenantId tenant, Collection<NotificationId> ids, Instant at);
}
