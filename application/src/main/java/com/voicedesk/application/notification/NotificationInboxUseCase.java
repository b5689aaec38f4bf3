package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/** An admin's stored notifications: list, newest first, and mark read. */
public interface NotificationInboxUseCase {

    Uni<InboxPage> list(TenantId tenant, String admin, boolean unreadOnly, PageRequest page);

    /** Marks one read for this admin (again is fine); NotFoundException when it is not theirs. */
    Uni<Void> markRead(TenantId tenant, String admin, NotificationId id);

    /** Marks all read for this admin; returns how many were unread. */
    Uni<Long> markAllRead(TenantId tenant, String admin);
}
