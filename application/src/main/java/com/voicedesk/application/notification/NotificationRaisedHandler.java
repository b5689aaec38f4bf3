package com.voicedesk.application.notification;

import com.voicedesk.application.outbox.DomainEventHandler;
import com.voicedesk.domain.event.NotificationRaised;
import com.voicedesk.domain.notification.FeedEntry;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationFeed;
import com.voicedesk.domain.notification.NotificationPayloads;
import com.voicedesk.domain.notification.NotificationPreferences;
import com.voicedesk.domain.notification.NotificationPreferencesRepository;
import com.voicedesk.domain.notification.NotificationRepository;
import com.voicedesk.domain.notification.Recipient;
import com.voicedesk.domain.room.DataMessage;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.PresenceEntry;
import com.voicedesk.domain.room.PresenceRepository;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outbox side of a raised notification, run once per notification on one instance (again after a failure):
 * it sends it as a reliable data packet (topic {@value #TOPIC}) to each recipient admin that presence places in
 * a room, one packet per room addressed to those admins. A failing room service fails the handler, so the relay
 * retries it with backoff; the notification itself is already stored and streamed, so nothing is lost. Packets
 * older than {@code maxAge} are not sent any more (the admin has long seen it on the stream or in the inbox).
 * A retry may send a packet to a room again; the payload carries the notification id and seq so the frontend
 * drops the repeat. (Streams need nothing from here: they read the stored feed, woken by the insert's own
 * signal, and by a sweep should a signal be missed.)
 */
public final class NotificationRaisedHandler implements DomainEventHandler<NotificationRaised> {

    public static final String TOPIC = "notifications";
    private static final int MAX_DESTINATIONS = 500;
    private static final System.Logger LOG = System.getLogger(NotificationRaisedHandler.class.getName());

    private final NotificationFeed feed;
    private final PresenceRepository presence;
    private final NotificationPreferencesRepository preferences;
    private final RoomService rooms;
    private final NotificationPayloads payloads;
    private final NotificationRepository notifications;
    private final Clock clock;
    private final Duration maxAge;

    public NotificationRaisedHandler(NotificationFeed feed, PresenceRepository presence,
                                     NotificationPreferencesRepository preferences, RoomService rooms,
                                     NotificationPayloads payloads, NotificationRepository notifications,
                                     Clock clock, Duration maxAge) {
        this.feed = feed;
        this.presence = presence;
        this.preferences = preferences;
        this.rooms = rooms;
        this.payloads = payloads;
        this.notifications = notifications;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public Class<NotificationRaised> eventType() {
        return NotificationRaised.class;
    }

    @Override
    public Uni<Void> handle(NotificationRaised event) {
        return feed.find(event.tenantId(), event.notificationId()).flatMap(found -> found.isEmpty()
                ? Uni.createFrom().voidItem() // its tenant was deleted meanwhile
                : toRooms(found.get()));
    }

    private Uni<Void> toRooms(FeedEntry entry) {
        Notification notification = entry.notification();
        if (notification.createdAt().plus(maxAge).isBefore(clock.instant())) {
            LOG.log(System.Logger.Level.DEBUG, "Notification {0} is older than {1}; no data packet",
                    notification.id(), maxAge);
            return Uni.createFrom().voidItem();
        }
        TenantId tenant = notification.tenantId();
        return present(tenant, notification.recipient())
                .flatMap(entries -> entries.isEmpty() ? Uni.createFrom().item(Map.<String, List<String>>of())
                        : preferences.findAll(tenant, entries.stream().map(PresenceEntry::identity).distinct().toList())
                        .map(prefs -> byRoom(entries, prefs, notification)))
                .flatMap(targets -> targets.isEmpty() ? Uni.createFrom().voidItem()
                        : send(tenant, List.copyOf(targets.entrySet()), payload(entry), 0)
                        .chain(() -> notifications.markDeliveredLive(tenant, List.of(notification.id()), clock.instant())))
                .onFailure(CapabilityNotConfiguredException.class).recoverWithItem(failure -> {
                    // presence without LiveKit settings (they were removed): stream and inbox still have it
                    LOG.log(System.Logger.Level.DEBUG, "No data packet for {0}: {1}", notification.id(), failure.getMessage());
                    return null;
                });
    }

    /** Where the recipients are: the one admin's rooms, or every admin participant of the tenant's rooms. */
    private Uni<List<PresenceEntry>> present(TenantId tenant, Recipient recipient) {
        return switch (recipient) {
            case Recipient.Admin admin -> presence.findByIdentity(tenant, admin.identity());
            case Recipient.AllAdmins all -> presence.list(tenant)
                    .map(entries -> entries.stream().filter(e -> e.role() == ParticipantRole.ADMIN).toList());
        };
    }

    private static Map<String, List<String>> byRoom(List<PresenceEntry> entries, Map<String, NotificationPreferences> prefs,
                                                    Notification notification) {
        Map<String, List<String>> rooms = new TreeMap<>();
        for (PresenceEntry entry : entries) {
            NotificationPreferences wanted = prefs.get(entry.identity());
            if (wanted == null || wanted.wants(notification.type())) {
                List<String> identities = rooms.computeIfAbsent(entry.roomName(), room -> new ArrayList<>());
                if (!identities.contains(entry.identity())) {
                    identities.add(entry.identity());
                }
            }
        }
        return rooms;
    }

    /** One room after the other (one packet per 500 identities); the first failure fails the whole delivery. */
    private Uni<Void> send(TenantId tenant, List<Map.Entry<String, List<String>>> targets, byte[] payload, int index) {
        if (index >= targets.size()) {
            return Uni.createFrom().voidItem();
        }
        String room = targets.get(index).getKey();
        List<String> identities = targets.get(index).getValue();
        Uni<Void> sent = Uni.createFrom().voidItem();
        for (int from = 0; from < identities.size(); from += MAX_DESTINATIONS) {
            List<String> chunk = identities.subList(from, Math.min(identities.size(), from + MAX_DESTINATIONS));
            sent = sent.chain(() -> rooms.sendData(tenant, room, new DataMessage(TOPIC, payload, chunk)));
        }
        return sent.chain(() -> send(tenant, targets, payload, index + 1));
    }

    /** The stream's JSON; if it is too big for a data packet, without message and data (the inbox has them). */
    private byte[] payload(FeedEntry entry) {
        byte[] full = payloads.encode(entry);
        if (full.length <= DataMessage.MAX_PAYLOAD_BYTES) {
            return full;
        }
        Notification n = entry.notification();
        Notification slim = new Notification(n.id(), n.tenantId(), n.type(), n.title(), null, n.link(),
                Map.of("truncated", true), n.recipient(), n.state(), n.createdAt(), n.deliveredAt(), n.readAt());
        return payloads.encode(new FeedEntry(entry.seq(), slim));
    }
}
