package com.voicedesk.application.testing;

import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.domain.event.DomainEvent;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.room.DataMessage;
import com.voicedesk.domain.room.RoomInfo;
import com.voicedesk.domain.room.RoomParticipant;
import com.voicedesk.domain.room.RoomService;
import com.voicedesk.domain.room.RoomSpec;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Small hand-written fakes of the domain's ports, for the application tests. */
public final class Fakes {

    private Fakes() {
    }

    public static final UnitOfWork DIRECT_UNIT_OF_WORK = new UnitOfWork() {
        @Override
        public <T> Uni<T> inTransaction(java.util.function.Supplier<Uni<T>> work) {
            return Uni.createFrom().deferred(work::get);
        }
    };

    public static DatabaseWork directDatabase() {
        return new DatabaseWork(Runnable::run);
    }

    public static final class RecordingOutbox implements Outbox {
        public final List<DomainEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public Uni<Void> enqueue(DomainEvent event) {
            events.add(event);
            return Uni.createFrom().voidItem();
        }
    }

    public static final class SeenWebhooks implements ProcessedWebhookEvents {
        private final Set<String> seen = ConcurrentHashMap.newKeySet();

        @Override
        public Uni<Boolean> markProcessed(String provider, String eventId, TenantId tenant) {
            return Uni.createFrom().item(seen.add(provider + "/" + eventId));
        }
    }

    /** Rooms whose creation answers as {@code create} says; data packets are recorded. */
    public static final class FakeRooms implements RoomService {
        public final List<DataMessage> sent = new CopyOnWriteArrayList<>();
        public final List<String> created = new CopyOnWriteArrayList<>();
        private final Function<RoomSpec, Uni<RoomInfo>> create;

        public FakeRooms(Function<RoomSpec, Uni<RoomInfo>> create) {
            this.create = create;
        }

        public static FakeRooms working() {
            return new FakeRooms(spec -> Uni.createFrom().item(new RoomInfo(spec.name(), "RM_1", 0, "", Instant.EPOCH)));
        }

        @Override
        public Uni<RoomInfo> createRoom(TenantId tenant, RoomSpec spec) {
            created.add(spec.name());
            return create.apply(spec);
        }

        @Override
        public Uni<Void> deleteRoom(TenantId tenant, String roomName) {
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<List<RoomParticipant>> listParticipants(TenantId tenant, String roomName) {
            return Uni.createFrom().item(List.of());
        }

        @Override
        public Uni<Void> updateMetadata(TenantId tenant, String roomName, String metadataJson) {
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> sendData(TenantId tenant, String roomName, DataMessage message) {
            sent.add(message);
            return Uni.createFrom().voidItem();
        }
    }
}
