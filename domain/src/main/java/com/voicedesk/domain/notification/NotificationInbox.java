package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.Set;

/**
 * Per-admin read state over the stored notifications. Reading is per admin: a notification to every admin is
 * read by each of them separately.
 */
public interface NotificationInbox {

    Uni<Page<InboxItem>> page(InboxQuery query);

    Uni<Long> unreadCount(TenantId tenant, String admin, Set<NotificationType> muted);

    /** Marks one notification read for this admin; false when it does not exist or is not theirs to read. */
    Uni<Boolean> markRead(TenantId tenant, String admin, NotificationId id, Instant at);

    /** Marks everything this admin could see up to now as read; returns how many were unread. */
    Uni<Long> markAllRead(TenantId tenant, String admin, Instant at);
}
