package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.AdminIdentity;
import com.voicedesk.domain.notification.FeedEntry;
import com.voicedesk.domain.notification.NotificationFeed;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.notification.NotificationPreferences;
import com.voicedesk.domain.notification.NotificationPreferencesRepository;
import com.voicedesk.domain.notification.NotificationRepository;
import com.voicedesk.domain.notification.NotificationSignal;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The live streams this instance holds, and their fan-out.
 * <p>
 * Per tenant, one {@link Channel} follows the tenant's feed: a signal (from any instance, after commit) or a
 * sweep makes it read the entries after the last one it saw, in one query however many streams it serves,
 * and hand them to its streams in feed order. Because the feed is gap-free and in commit order, "after the
 * last one seen" never skips anything, a missed signal only delays entries until the next signal or sweep,
 * and each stream, keeping its own cursor, emits every entry once.
 * <p>
 * A stream resuming from a {@code Last-Event-ID} registers first (buffering what the channel hands it), then
 * replays from the store what it missed, then drains the buffer past its cursor: nothing falls between the two.
 * A stream without one takes the channel's position under the channel's lock. Either way its first event,
 * {@link StreamEvent.Live}, names that position before anything else is emitted.
 */
public final class NotificationStreams implements OpenNotificationStreamUseCase {

    private static final System.Logger LOG = System.getLogger(NotificationStreams.class.getName());
    private static final long UNKNOWN = -1;

    private final NotificationFeed feed;
    private final NotificationPreferencesRepository preferences;
    private final NotificationRepository notifications;
    private final StreamSettings settings;
    private final Clock clock;
    private final ConcurrentHashMap<TenantId, Channel> channels = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<TenantId, Set<NotificationId>> deliveredLive = new ConcurrentHashMap<>();

    public NotificationStreams(NotificationFeed feed, NotificationPreferencesRepository preferences,
                               NotificationRepository notifications, StreamSettings settings, Clock clock) {
        this.feed = feed;
        this.preferences = preferences;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Multi<StreamEvent> open(TenantId tenant, String admin, OptionalLong lastEventId) {
        String who = AdminIdentity.require(admin);
        // a client too slow to keep up overflows the buffer: its stream fails (is closed) and it resumes later
        return Multi.createFrom().<StreamEvent>emitter(emitter -> {
            Stream stream = new Stream(tenant, who, emitter);
            Channel channel = attach(stream);
            emitter.onTermination(() -> detach(channel, stream));
            preferences.find(tenant, who)
                    .invoke(stream::usePreferences)
                    .chain(channel::ready)
                    .chain(() -> lastEventId.isPresent() ? resume(stream, lastEventId.getAsLong()) : startLive(channel, stream))
                    .subscribe().with(ignored -> {
                    }, emitter::fail);
        }).onOverflow().buffer(settings.streamBuffer());
    }

    /** What to do with a signal heard from the database. */
    public void onSignal(NotificationSignal signal) {
        switch (signal) {
            case NotificationSignal.FeedAdvanced advanced -> {
                Channel channel = channels.get(advanced.tenantId());
                if (channel != null) {
                    channel.wake(advanced.seq());
                }
            }
            case NotificationSignal.PreferencesChanged changed -> {
                Channel channel = channels.get(changed.tenantId());
                if (channel != null) {
                    channel.reloadPreferences(changed.admin());
                }
            }
            case NotificationSignal.Resync resync -> sweep();
        }
    }

    /** Makes every channel read its feed: the safety net under the signals. */
    public void sweep() {
        channels.values().forEach(channel -> channel.wake(Long.MAX_VALUE));
    }

    /** Records, in one statement per tenant, which notifications reached a live stream since the last flush. */
    public Uni<Integer> flushDeliveries() {
        List<Map.Entry<TenantId, Set<NotificationId>>> batches = new ArrayList<>();
        for (TenantId tenant : List.copyOf(deliveredLive.keySet())) {
            Set<NotificationId> ids = deliveredLive.remove(tenant);
            if (ids != null && !ids.isEmpty()) {
                batches.add(Map.entry(tenant, ids));
            }
        }
        return flush(batches, 0, 0);
    }

    private Uni<Integer> flush(List<Map.Entry<TenantId, Set<NotificationId>>> batches, int index, int done) {
        if (index >= batches.size()) {
            return Uni.createFrom().item(done);
        }
        Map.Entry<TenantId, Set<NotificationId>> batch = batches.get(index);
        return notifications.markDeliveredLive(batch.getKey(), batch.getValue(), clock.instant())
                .onFailure().invoke(failure -> batch.getValue().forEach(id -> recordDelivered(batch.getKey(), id)))
                .flatMap(ignored -> flush(batches, index + 1, done + batch.getValue().size()));
    }

    /** Streams open on this instance. */
    public int openStreams() {
        return channels.values().stream().mapToInt(channel -> channel.streams.size()).sum();
    }

    private Channel attach(Stream stream) {
        return channels.compute(stream.tenant, (tenant, existing) -> {
            Channel channel = existing == null ? new Channel(tenant) : existing;
            channel.streams.add(stream);
            return channel;
        });
    }

    private void detach(Channel channel, Stream stream) {
        channels.computeIfPresent(channel.tenant, (tenant, current) -> {
            current.streams.remove(stream);
            return current.streams.isEmpty() ? null : current;
        });
    }

    private Uni<Void> startLive(Channel channel, Stream stream) {
        channel.joinLive(stream);
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> resume(Stream stream, long lastEventId) {
        return feed.latestSequence(stream.tenant).flatMap(latest -> {
            if (lastEventId > latest) {
                // not a position in this feed (another tenant's id, a restored database): start afresh
                stream.announce(latest);
                stream.resync(0, latest);
                return Uni.createFrom().voidItem();
            }
            stream.startAt(lastEventId);
            stream.announce(lastEventId);
            return feed.countAfterFor(stream.tenant, stream.admin, stream.preferences.muted(), lastEventId)
                    .flatMap(missed -> {
                        if (missed <= settings.maxReplay()) {
                            return replay(stream);
                        }
                        stream.resync(missed, latest);
                        return Uni.createFrom().voidItem();
                    });
        }).invoke(stream::goLive);
    }

    private Uni<Void> replay(Stream stream) {
        return feed.afterFor(stream.tenant, stream.admin, stream.preferences.muted(), stream.cursor(), settings.fetchBatch())
                .flatMap(entries -> {
                    entries.forEach(stream::deliver);
                    return entries.size() < settings.fetchBatch() || stream.emitter.isCancelled()
                            ? Uni.createFrom().voidItem()
                            : replay(stream);
                });
    }

    private void recordDelivered(TenantId tenant, NotificationId id) {
        deliveredLive.compute(tenant, (key, ids) -> {
            Set<NotificationId> set = ids == null ? ConcurrentHashMap.newKeySet() : ids;
            set.add(id);
            return set;
        });
    }

    /** One tenant's feed as followed by this instance, and the streams it feeds. */
    private final class Channel {

        final TenantId tenant;
        final Set<Stream> streams = new CopyOnWriteArraySet<>();
        private long lastSeq = UNKNOWN;
        private boolean fetching;
        private boolean dirty;

        Channel(TenantId tenant) {
            this.tenant = tenant;
        }

        /** Completes once the channel knows where the feed stands; anything later is handed to its streams. */
        Uni<Void> ready() {
            synchronized (this) {
                if (lastSeq != UNKNOWN) {
                    return Uni.createFrom().voidItem();
                }
            }
            return feed.latestSequence(tenant).invoke(latest -> {
                boolean fetchNow;
                synchronized (this) {
                    if (lastSeq != UNKNOWN) {
                        return;
                    }
                    lastSeq = latest;
                    fetchNow = dirty && !fetching;
                    if (fetchNow) {
                        fetching = true;
                        dirty = false;
                    }
                }
                if (fetchNow) {
                    fetch();
                }
            }).replaceWithVoid();
        }

        /** Under the channel's lock, so that no entry past {@code lastSeq} can be handed out in between. */
        synchronized void joinLive(Stream stream) {
            stream.startAt(lastSeq);
            stream.announce(lastSeq);
            stream.goLive();
        }

        void wake(long seq) {
            synchronized (this) {
                if (lastSeq == UNKNOWN || fetching) {
                    dirty = true;
                    return;
                }
                if (seq <= lastSeq) {
                    return;
                }
                fetching = true;
                dirty = false;
            }
            fetch();
        }

        private void fetch() {
            long from;
            synchronized (this) {
                from = lastSeq;
            }
            feed.after(tenant, from, settings.fetchBatch()).subscribe().with(entries -> {
                boolean more;
                synchronized (this) {
                    for (FeedEntry entry : entries) {
                        if (entry.seq() > lastSeq) {
                            lastSeq = entry.seq();
                            StreamEvent.Delivered event = new StreamEvent.Delivered(entry);
                            boolean reached = false;
                            for (Stream stream : streams) {
                                reached |= stream.offer(event);
                            }
                            if (reached) {
                                recordDelivered(tenant, entry.notification().id());
                            }
                        }
                    }
                    more = entries.size() >= settings.fetchBatch() || dirty;
                    dirty = false;
                    fetching = more;
                }
                if (more) {
                    fetch();
                }
            }, failure -> {
                // the next signal or sweep tries again from the same place
                LOG.log(System.Logger.Level.WARNING, "Reading the notification feed of tenant {0} failed: {1}",
                        tenant, failure.toString());
                synchronized (this) {
                    fetching = false;
                }
            });
        }

        void reloadPreferences(String admin) {
            streams.stream().filter(stream -> stream.admin.equals(admin)).forEach(stream ->
                    preferences.find(tenant, admin).subscribe().with(stream::usePreferences, failure ->
                            LOG.log(System.Logger.Level.WARNING, "Reloading preferences of {0} failed: {1}", admin,
                                    failure.toString())));
        }
    }

    /** One admin's open stream: a cursor in the feed, and a buffer while it catches up. */
    private final class Stream {

        final TenantId tenant;
        final String admin;
        final MultiEmitter<? super StreamEvent> emitter;
        volatile NotificationPreferences preferences;
        private long cursor;
        private List<FeedEntry> pending = new ArrayList<>();

        Stream(TenantId tenant, String admin, MultiEmitter<? super StreamEvent> emitter) {
            this.tenant = tenant;
            this.admin = admin;
            this.emitter = emitter;
            this.preferences = NotificationPreferences.defaults(tenant, admin);
        }

        void usePreferences(NotificationPreferences loaded) {
            preferences = loaded;
        }

        synchronized long cursor() {
            return cursor;
        }

        synchronized void startAt(long seq) {
            cursor = seq;
        }

        /**
         * From the channel: emitted now when live (true if this admin got it), kept for later while catching up.
         * The event is shared by every stream it is offered to.
         */
        synchronized boolean offer(StreamEvent.Delivered event) {
            if (pending != null) {
                pending.add(event.entry());
                return false;
            }
            return emit(event);
        }

        /** A replayed or buffered entry. */
        synchronized void deliver(FeedEntry entry) {
            if (emit(new StreamEvent.Delivered(entry))) {
                recordDelivered(tenant, entry.notification().id());
            }
        }

        private boolean emit(StreamEvent.Delivered event) {
            FeedEntry entry = event.entry();
            if (entry.seq() <= cursor) {
                return false;
            }
            cursor = entry.seq();
            if (!entry.isFor(admin, preferences)) {
                return false;
            }
            emitter.emit(event);
            return true;
        }

        /** The stream's first event: where it stands (still catching up, so nothing was emitted yet). */
        synchronized void announce(long seq) {
            emitter.emit(new StreamEvent.Live(seq));
        }

        /** Skips to {@code latest} (still catching up, so nothing was emitted yet) and says so. */
        synchronized void resync(long missed, long latest) {
            cursor = latest;
            emitter.emit(new StreamEvent.Resync(missed, latest));
        }

        synchronized void goLive() {
            List<FeedEntry> buffered = pending;
            pending = null;
            if (buffered != null) {
                buffered.forEach(this::deliver);
            }
        }
    }
}
