package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Stored notifications: the inbox. Delivery reads and updates it; nothing is ever lost from it. */
public interface NotificationRepository {

    /**
     * Stores the notification, giving it the tenant's next feed sequence number; joins the caller's
     * transaction. Notifications of one tenant are stored one transaction at a time (the sequence is taken
     * under a row lock held to commit), which is what keeps the feed gap-free and in commit order.
     */
    Uni<Void> insert(Notification notification);

    Uni<Optional<Notification>> findById(TenantId tenant, NotificationId id);

    /** PENDING notifications among these become DELIVERED_LIVE at {@code at}; others are left alone. */
    Uni<Void> markDeliveredLive(TenantId tenant, Collection<NotificationId> ids, Instant at);
}
