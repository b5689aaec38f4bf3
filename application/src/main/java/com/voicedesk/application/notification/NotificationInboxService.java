package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.AdminIdentity;
import com.voicedesk.domain.notification.InboxQuery;
import com.voicedesk.domain.notification.NotificationFeed;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.notification.NotificationInbox;
import com.voicedesk.domain.notification.NotificationPreferences;
import com.voicedesk.domain.notification.NotificationPreferencesRepository;
import com.voicedesk.domain.notification.NotificationSignals;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.shared.UnitOfWork;
import io.smallrye.mutiny.Uni;

import java.time.Clock;

/** The inbox and the preferences of one admin at a time. */
public final class NotificationInboxService implements NotificationInboxUseCase, NotificationPreferencesUseCase {

    private final NotificationInbox inbox;
    private final NotificationFeed feed;
    private final NotificationPreferencesRepository preferences;
    private final NotificationSignals signals;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public NotificationInboxService(NotificationInbox inbox, NotificationFeed feed,
                                    NotificationPreferencesRepository preferences, NotificationSignals signals,
                                    UnitOfWork unitOfWork, Clock clock) {
        this.inbox = inbox;
        this.feed = feed;
        this.preferences = preferences;
        this.signals = signals;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Uni<InboxPage> list(TenantId tenant, String admin, boolean unreadOnly, PageRequest page) {
        String who = AdminIdentity.require(admin);
        // the feed position first: anything newer than the page reaches a stream opened from it
        return feed.latestSequence(tenant).flatMap(latest -> preferences.find(tenant, who).flatMap(prefs ->
                inbox.page(new InboxQuery(tenant, who, unreadOnly, prefs.muted(), page)).flatMap(items ->
                        inbox.unreadCount(tenant, who, prefs.muted())
                                .map(unread -> new InboxPage(items, unread, latest)))));
    }

    @Override
    public Uni<Void> markRead(TenantId tenant, String admin, NotificationId id) {
        String who = AdminIdentity.require(admin);
        return inbox.markRead(tenant, who, id, clock.instant()).map(found -> {
            if (!found) {
                throw new NotFoundException("Notification", id);
            }
            return null;
        });
    }

    @Override
    public Uni<Long> markAllRead(TenantId tenant, String admin) {
        return inbox.markAllRead(tenant, AdminIdentity.require(admin), clock.instant());
    }

    @Override
    public Uni<NotificationPreferences> preferences(TenantId tenant, String admin) {
        return preferences.find(tenant, AdminIdentity.require(admin));
    }

    @Override
    public Uni<NotificationPreferences> updatePreferences(UpdateNotificationPreferencesCommand command) {
        NotificationPreferences updated = new NotificationPreferences(command.tenantId(), command.admin(),
                command.muted(), clock.instant());
        return unitOfWork.inTransaction(() -> preferences.save(updated)
                        .chain(() -> signals.preferencesChanged(command.tenantId(), command.admin())))
                .replaceWith(updated);
    }
}
