package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.util.EnumSet;
import java.util.Set;

/** One page of an admin's inbox, newest first: notifications to them or to every admin, minus muted types. */
public record InboxQuery(TenantId tenantId, String admin, boolean unreadOnly, Set<NotificationType> muted,
                         PageRequest page) {

    public InboxQuery {
        Require.nonNull(tenantId, "tenantId");
        admin = AdminIdentity.require(admin);
        muted = muted == null || muted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(muted));
        Require.nonNull(page, "page");
    }
}
