package com.voicedesk.application.outbox;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.event.CallCompleted;
import com.voicedesk.domain.event.NotificationRaised;
import com.voicedesk.domain.event.OutboxQueue;
import com.voicedesk.domain.event.PendingEvent;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxRelayTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    /** Records what the relay did with each entry. */
    private static final class RecordingQueue implements OutboxQueue {
        final List<PendingEvent> due = new ArrayList<>();
        final List<Long> completed = new ArrayList<>();
        final Map<Long, Instant> retries = new HashMap<>();
        final List<Long> dead = new ArrayList<>();

        public Uni<List<PendingEvent>> claim(int max, Duration lease) {
            List<PendingEvent> batch = List.copyOf(due.subList(0, Math.min(max, due.size())));
            due.removeAll(batch);
            return Uni.createFrom().item(batch);
        }
        public Uni<Void> completed(long id) {
            completed.add(id);
            return Uni.createFrom().voidItem();
        }
        public Uni<Void> failed(long id, String error, Instant retryAt) {
            retries.put(id, retryAt);
            return Uni.createFrom().voidItem();
        }
        public Uni<Void> dead(long id, String error) {
            dead.add(id);
            return Uni.createFrom().voidItem();
        }
        public Uni<Long> countDead() {
            return Uni.createFrom().item((long) dead.size());
        }
    }

    private final RecordingQueue queue = new RecordingQueue();
    private final List<CallCompleted> handled = new ArrayList<>();
    private boolean failing;

    private final DomainEventHandler<CallCompleted> callHandler = new DomainEventHandler<>() {
        public Class<CallCompleted> eventType() {
            return CallCompleted.class;
        }
        public Uni<Void> handle(CallCompleted event) {
            if (failing) {
                return Uni.createFrom().failure(new IllegalStateException("provider down"));
            }
            handled.add(event);
            return Uni.createFrom().voidItem();
        }
    };

    private final OutboxRelay relay = new OutboxRelay(queue, List.of(callHandler), Clock.fixed(NOW, ZoneOffset.UTC));
    private final CallCompleted completedCall = new CallCompleted(TenantId.random(), CallId.random(), CallStatus.COMPLETED, NOW);

    @Test
    void handledEventsAreCompleted() {
        queue.due.add(new PendingEvent(1, completedCall, 1));
        assertThat(relay.relayBatch(10).await().indefinitely()).isEqualTo(1);
        assertThat(handled).containsExactly(completedCall);
        assertThat(queue.completed).containsExactly(1L);
    }

    @Test
    void eventsWithoutAHandlerCarryNoWorkAndAreCompleted() {
        queue.due.add(new PendingEvent(2, new NotificationRaised(TenantId.random(), NotificationId.random()), 1));
        relay.relayBatch(10).await().indefinitely();
        assertThat(queue.completed).containsExactly(2L);
    }

    @Test
    void aFailingHandlerIsRetriedLaterWithGrowingBackoffThenGivenUp() {
        failing = true;
        queue.due.add(new PendingEvent(3, completedCall, 1));
        queue.due.add(new PendingEvent(4, completedCall, 5));
        queue.due.add(new PendingEvent(5, completedCall, OutboxRelay.MAX_ATTEMPTS));
        assertThat(relay.relayBatch(10).await().indefinitely()).isZero();

        assertThat(queue.completed).isEmpty();
        assertThat(queue.retries.get(3L)).isEqualTo(NOW.plusSeconds(2));
        assertThat(queue.retries.get(4L)).isEqualTo(NOW.plusSeconds(32));
        assertThat(queue.dead).containsExactly(5L);
    }

    @Test
    void backoffIsCapped() {
        assertThat(OutboxRelay.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxRelay.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(OutboxRelay.backoff(11)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void oneHandlerPerEventType() {
        assertThatThrownBy(() -> new OutboxRelay(queue, List.of(callHandler, callHandler), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class);
    }
}
