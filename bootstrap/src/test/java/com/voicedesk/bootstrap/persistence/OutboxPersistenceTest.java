package com.voicedesk.bootstrap.persistence;

import com.voicedesk.bootstrap.support.OnVertx;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.event.CallCompleted;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.event.OutboxQueue;
import com.voicedesk.domain.event.PendingEvent;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.shared.UnitOfWork;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against PostgreSQL. The application's relay is paused meanwhile, and entries of other tests
 * that a claim here happens to take are put back at once, untouched but for their attempt count.
 */
@QuarkusTest
class OutboxPersistenceTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxQueue queue;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Scheduler scheduler;

    private final TenantId tenant = TenantId.random();

    @BeforeEach
    void pauseRelay() {
        scheduler.pause("outbox-relay");
    }

    @AfterEach
    void resumeRelay() {
        scheduler.resume("outbox-relay");
    }

    private CallCompleted event() {
        return new CallCompleted(tenant, CallId.random(), CallStatus.COMPLETED, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Claims and keeps this test's entries only. */
    private List<PendingEvent> claimMine(int max, Duration lease) {
        List<PendingEvent> claimed = OnVertx.await(() -> queue.claim(max, lease));
        List<PendingEvent> mine = new ArrayList<>();
        for (PendingEvent pending : claimed) {
            if (pending.event().tenantId().equals(tenant)) {
                mine.add(pending);
            } else {
                OnVertx.await(() -> queue.failed(pending.id(), "put back by OutboxPersistenceTest", Instant.now()));
            }
        }
        return mine;
    }

    @Test
    void anEventEnqueuedInARolledBackUnitOfWorkDoesNotExist() {
        CallCompleted kept = event();
        CallCompleted rolledBack = event();
        OnVertx.await(() -> unitOfWork.inTransaction(() -> outbox.enqueue(kept)));
        assertThatThrownBy(() -> OnVertx.await(() -> unitOfWork.inTransaction(() -> outbox.enqueue(rolledBack)
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("the change failed"))))))
                .hasMessageContaining("the change failed");

        List<PendingEvent> mine = claimMine(1000, Duration.ofMinutes(1));
        assertThat(mine).extracting(PendingEvent::event).containsExactly(kept);
        assertThat(mine.getFirst().attempts()).isEqualTo(1);
    }

    @Test
    void eventsSurviveTheRoundTripAndConcurrentClaimersNeverShareOne() throws Exception {
        List<CallCompleted> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CallCompleted e = event();
            sent.add(e);
            OnVertx.await(() -> outbox.enqueue(e));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<PendingEvent>>> claims = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                claims.add(pool.submit((Callable<List<PendingEvent>>) () -> {
                    List<PendingEvent> got = new ArrayList<>();
                    for (int round = 0; round < 10; round++) {
                        got.addAll(claimMine(5, Duration.ofMinutes(1)));
                    }
                    return got;
                }));
            }
            Set<Long> ids = new HashSet<>();
            List<Object> events = new ArrayList<>();
            for (Future<List<PendingEvent>> claim : claims) {
                for (PendingEvent pending : claim.get()) {
                    assertThat(ids.add(pending.id())).as("entry " + pending.id() + " claimed twice").isTrue();
                    events.add(pending.event());
                }
            }
            assertThat(events).containsExactlyInAnyOrderElementsOf(sent);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLeaseExpiresAFailureIsRetriedLaterAndCompletionAndDeathAreFinal() throws Exception {
        CallCompleted leased = event();
        CallCompleted failing = event();
        CallCompleted done = event();
        CallCompleted dying = event();
        for (CallCompleted e : List.of(leased, failing, done, dying)) {
            OnVertx.await(() -> outbox.enqueue(e));
        }
        // the lease must outlive the calls below even on a busy machine
        List<PendingEvent> first = claimMine(100, Duration.ofSeconds(2));
        assertThat(first).hasSize(4);
        long failingId = idOf(first, failing);
        OnVertx.await(() -> queue.failed(failingId, "provider down", Instant.now().plusSeconds(3600)));
        OnVertx.await(() -> queue.completed(idOf(first, done)));
        OnVertx.await(() -> queue.dead(idOf(first, dying), "gave up"));

        assertThat(claimMine(100, Duration.ofMinutes(1))).isEmpty();
        // nothing else can be claimed until the first lease runs out
        List<PendingEvent> again = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> claimMine(100, Duration.ofMinutes(1)), claimed -> !claimed.isEmpty());
        assertThat(again).extracting(PendingEvent::event).containsExactly(leased);
        assertThat(again.getFirst().attempts()).isEqualTo(2);

        OnVertx.await(() -> queue.failed(failingId, "provider down", Instant.now()));
        assertThat(claimMine(100, Duration.ofMinutes(1))).extracting(PendingEvent::event).containsExactly(failing);
        assertThat(OnVertx.await(() -> queue.countDead())).isGreaterThanOrEqualTo(1);
    }

    private static long idOf(List<PendingEvent> claimed, CallCompleted event) {
        return claimed.stream().filter(p -> p.event().equals(event)).findFirst().orElseThrow().id();
    }
}
