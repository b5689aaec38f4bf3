package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.EventIdempotency;
import com.voicedesk.domain.notification.FeedEntry;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationFeed;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.notification.NotificationPreferences;
import com.voicedesk.domain.notification.NotificationPreferencesRepository;
import com.voicedesk.domain.notification.NotificationRepository;
import com.voicedesk.domain.notification.NotificationSignals;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The notification store as the application sees it, in memory: a gap-free feed per tenant, preferences,
 * idempotency keys, and a record of signals and delivered-live marks. Every port answers lazily, as the real
 * adapters do, and {@code failReads} makes feed reads fail.
 */
final class InMemoryNotifications implements NotificationRepository, NotificationFeed, NotificationPreferencesRepository,
        NotificationSignals, EventIdempotency {

    final Map<TenantId, List<FeedEntry>> feeds = new ConcurrentHashMap<>();
    final Map<String, NotificationPreferences> preferences = new ConcurrentHashMap<>();
    final Map<String, Claimed> keys = new ConcurrentHashMap<>();
    final List<String> signals = new CopyOnWriteArrayList<>();
    final List<NotificationId> deliveredLive = new CopyOnWriteArrayList<>();
    final AtomicInteger feedReads = new AtomicInteger();
    volatile boolean failReads;

    // --- NotificationRepository

    @Override
    public synchronized Uni<Void> insert(Notification notification) {
        return Uni.createFrom().item(() -> {
            FeedEntry entry = append(notification);
            signals.add("feed " + entry.seq());
            return null;
        });
    }

    /** Stores at once (outside any Uni): what a commit on another instance looks like from here. */
    synchronized FeedEntry append(Notification notification) {
        List<FeedEntry> feed = feeds.computeIfAbsent(notification.tenantId(), t -> new CopyOnWriteArrayList<>());
        FeedEntry entry = new FeedEntry(feed.size() + 1L, notification);
        feed.add(entry);
        return entry;
    }

    @Override
    public Uni<Optional<Notification>> findById(TenantId tenant, NotificationId id) {
        return find(tenant, id).map(found -> found.map(FeedEntry::notification));
    }

    @Override
    public Uni<Void> markDeliveredLive(TenantId tenant, Collection<NotificationId> ids, Instant at) {
        return Uni.createFrom().item(() -> {
            deliveredLive.addAll(ids);
            return null;
        });
    }

    // --- NotificationFeed

    @Override
    public Uni<Long> latestSequence(TenantId tenant) {
        return read(() -> (long) feed(tenant).size());
    }

    @Override
    public Uni<List<FeedEntry>> after(TenantId tenant, long afterSeq, int limit) {
        return read(() -> feed(tenant).stream().filter(e -> e.seq() > afterSeq).limit(limit).toList());
    }

    @Override
    public Uni<List<FeedEntry>> afterFor(TenantId tenant, String admin, Set<NotificationType> muted, long afterSeq, int limit) {
        return read(() -> feed(tenant).stream().filter(e -> e.seq() > afterSeq)
                .filter(e -> e.notification().recipient().includes(admin) && !muted.contains(e.notification().type()))
                .limit(limit).toList());
    }

    @Override
    public Uni<Long> countAfterFor(TenantId tenant, String admin, Set<NotificationType> muted, long afterSeq) {
        return afterFor(tenant, admin, muted, afterSeq, Integer.MAX_VALUE).map(list -> (long) list.size());
    }

    @Override
    public Uni<Optional<FeedEntry>> find(TenantId tenant, NotificationId id) {
        return read(() -> feed(tenant).stream().filter(e -> e.notification().id().equals(id)).findFirst());
    }

    private List<FeedEntry> feed(TenantId tenant) {
        return new ArrayList<>(feeds.getOrDefault(tenant, List.of()));
    }

    private <T> Uni<T> read(java.util.function.Supplier<T> query) {
        return Uni.createFrom().item(() -> {
            feedReads.incrementAndGet();
            if (failReads) {
                throw new IllegalStateException("database down");
            }
            return query.get();
        });
    }

    // --- NotificationPreferencesRepository

    @Override
    public Uni<NotificationPreferences> find(TenantId tenant, String admin) {
        return Uni.createFrom().item(() -> preferences.getOrDefault(tenant + "/" + admin,
                NotificationPreferences.defaults(tenant, admin)));
    }

    @Override
    public Uni<Map<String, NotificationPreferences>> findAll(TenantId tenant, Collection<String> admins) {
        return Uni.createFrom().item(() -> {
            Map<String, NotificationPreferences> out = new HashMap<>();
            admins.forEach(a -> out.put(a, preferences.getOrDefault(tenant + "/" + a, NotificationPreferences.defaults(tenant, a))));
            return out;
        });
    }

    @Override
    public Uni<Void> save(NotificationPreferences prefs) {
        return Uni.createFrom().item(() -> {
            preferences.put(prefs.tenantId() + "/" + prefs.admin(), prefs);
            return null;
        });
    }

    // --- NotificationSignals

    @Override
    public Uni<Void> preferencesChanged(TenantId tenant, String admin) {
        return Uni.createFrom().item(() -> {
            signals.add("preferences " + admin);
            return null;
        });
    }

    // --- EventIdempotency

    @Override
    public Uni<Optional<Claimed>> claim(TenantId tenant, String key, String fingerprint, NotificationId notification, Instant at) {
        return Uni.createFrom().item(() -> Optional.ofNullable(
                keys.putIfAbsent(tenant + "/" + key, new Claimed(notification, fingerprint))));
    }

    @Override
    public Uni<Long> purgeClaimedBefore(Instant before) {
        return Uni.createFrom().item(0L);
    }
}
