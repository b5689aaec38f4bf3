package com.voicedesk.application.notification;

import com.voicedesk.domain.event.NotificationRaised;
import com.voicedesk.domain.notification.FeedEntry;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationPreferences;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.notification.Recipient;
import com.voicedesk.domain.room.DataMessage;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.PresenceEntry;
import com.voicedesk.domain.room.PresenceRepository;
import com.voicedesk.domain.room.RoomInfo;
import com.voicedesk.domain.room.RoomParticipant;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.room.RoomSpec;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationRaisedHandlerTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final InMemoryNotifications store = new InMemoryNotifications();
    private final TenantId tenant = TenantId.random();
    private final List<PresenceEntry> present = new ArrayList<>();
    private final Rooms rooms = new Rooms();
    private Instant now = NOW;
    private final NotificationRaisedHandler handler = new NotificationRaisedHandler(store, presence(), store, rooms,
            entry -> ("{\"id\":\"" + entry.notification().id() + "\",\"seq\":" + entry.seq() + ",\"message\":\""
                    + (entry.notification().message() == null ? "" : entry.notification().message()) + "\",\"data\":\""
                    + entry.notification().data() + "\"}").getBytes(StandardCharsets.UTF_8),
            store, new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            }, Duration.ofMinutes(10));

    @Test
    void everyAdminInARoomGetsOnePacketPerRoomOnTheNotificationsTopic() {
        present("alice", "assistant-alice", ParticipantRole.ADMIN);
        present("bob", "collab-1", ParticipantRole.ADMIN);
        present("carol", "collab-1", ParticipantRole.ADMIN);
        present("sarah", "collab-1", ParticipantRole.CLIENT);
        present("dave", "collab-1", ParticipantRole.ADMIN);
        store.save(new NotificationPreferences(tenant, "dave", Set.of(NotificationType.NEW_LEAD), NOW)).await().indefinitely();
        FeedEntry entry = raise(Recipient.allAdmins(), "Wedding");

        handle(entry);

        assertThat(rooms.sent).containsExactly(
                new Sent("assistant-alice", "notifications", List.of("alice")),
                new Sent("collab-1", "notifications", List.of("bob", "carol")));
        assertThat(store.deliveredLive).containsExactly(entry.notification().id());
    }

    @Test
    void aNotificationToOneAdminGoesToTheRoomsThatAdminIsIn() {
        present("alice", "assistant-alice", ParticipantRole.ADMIN);
        present("alice", "consult-7", ParticipantRole.ADMIN);
        present("bob", "consult-7", ParticipantRole.ADMIN);

        handle(raise(Recipient.admin("alice"), "for alice"));

        assertThat(rooms.sent).containsExactlyInAnyOrder(
                new Sent("assistant-alice", "notifications", List.of("alice")),
                new Sent("consult-7", "notifications", List.of("alice")));
    }

    @Test
    void nobodyInARoomMeansNoPacketAndNoDeliveredMark() {
        handle(raise(Recipient.allAdmins(), "x"));
        assertThat(rooms.sent).isEmpty();
        assertThat(store.deliveredLive).isEmpty();
    }

    @Test
    void aFailingRoomServiceFailsTheHandlerSoTheOutboxRetries() {
        present("alice", "assistant-alice", ParticipantRole.ADMIN);
        rooms.failure = new ProviderUnavailableException("livekit", "HTTP 503");
        FeedEntry entry = raise(Recipient.allAdmins(), "x");

        assertThatThrownBy(() -> handle(entry)).isInstanceOf(ProviderUnavailableException.class);
        assertThat(store.deliveredLive).isEmpty();

        rooms.failure = null;
        handle(entry);
        assertThat(rooms.sent).hasSize(1);
        assertThat(store.deliveredLive).containsExactly(entry.notification().id());
    }

    @Test
    void aTenantWithoutLiveKitOrAnOldNotificationIsDoneWithoutPackets() {
        present("alice", "assistant-alice", ParticipantRole.ADMIN);
        rooms.failure = new CapabilityNotConfiguredException("rooms", "no LiveKit");
        handle(raise(Recipient.allAdmins(), "x"));

        rooms.failure = null;
        FeedEntry old = raise(Recipient.allAdmins(), "x");
        now = NOW.plus(Duration.ofMinutes(11));
        handle(old);
        assertThat(rooms.sent).isEmpty();
    }

    @Test
    void aPayloadTooBigForADataPacketIsSentWithoutItsMessageAndData() {
        present("alice", "assistant-alice", ParticipantRole.ADMIN);
        FeedEntry huge = store.append(Notification.raise(tenant, NotificationType.NEW_LEAD, "t", "€".repeat(2000), null,
                Map.of("blob", "b".repeat(10_000)), Recipient.allAdmins(), NOW));

        handle(huge);

        assertThat(rooms.payloads).singleElement().satisfies(p -> {
            assertThat(p.length).isLessThanOrEqualTo(DataMessage.MAX_PAYLOAD_BYTES);
            assertThat(new String(p, StandardCharsets.UTF_8)).contains("\"message\":\"\"").contains("{truncated=true}");
        });
    }

    private void handle(FeedEntry entry) {
        handler.handle(new NotificationRaised(tenant, entry.notification().id())).await().atMost(Duration.ofSeconds(1));
    }

    private FeedEntry raise(Recipient recipient, String message) {
        return store.append(Notification.raise(tenant, NotificationType.NEW_LEAD, "New lead", message, null, Map.of(),
                recipient, NOW));
    }

    private void present(String identity, String room, ParticipantRole role) {
        present.add(new PresenceEntry(tenant, identity, room, role, NOW));
    }

    private PresenceRepository presence() {
        return new PresenceRepository() {
            @Override
            public Uni<Void> joined(PresenceEntry entry) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Uni<Void> left(TenantId t, String identity, String roomName, Instant at) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Uni<Void> roomClosed(TenantId t, String roomName, Instant at) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Uni<List<PresenceEntry>> list(TenantId t) {
                return Uni.createFrom().item(() -> present.stream().filter(p -> p.tenantId().equals(t)).toList());
            }

            @Override
            public Uni<List<PresenceEntry>> findByIdentity(TenantId t, String identity) {
                return list(t).map(all -> all.stream().filter(p -> p.identity().equals(identity)).toList());
            }
        };
    }

    record Sent(String room, String topic, List<String> destinations) {
    }

    private static final class Rooms implements RoomService {
        final List<Sent> sent = new CopyOnWriteArrayList<>();
        final List<byte[]> payloads = new CopyOnWriteArrayList<>();
        volatile RuntimeException failure;

        @Override
        public Uni<Void> sendData(TenantId tenant, String roomName, DataMessage message) {
            return Uni.createFrom().item(() -> {
                if (failure != null) {
                    throw failure;
                }
                sent.add(new Sent(roomName, message.topic(), message.destinationIdentities()));
                payloads.add(message.payload());
                return null;
            });
        }

        @Override
        public Uni<RoomInfo> createRoom(TenantId tenant, RoomSpec spec) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Void> deleteRoom(TenantId tenant, String roomName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<List<RoomParticipant>> listParticipants(TenantId tenant, String roomName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Void> updateMetadata(TenantId tenant, String roomName, String metadataJson) {
            throw new UnsupportedOperationException();
        }
    }
}
