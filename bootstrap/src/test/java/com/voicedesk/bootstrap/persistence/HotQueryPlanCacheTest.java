package com.voicedesk.bootstrap.persistence;

import com.voicedesk.bootstrap.support.OnVertx;
import com.voicedesk.domain.event.OutboxQueue;
import com.voicedesk.domain.room.PresenceRepository;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.arc.ClientProxy;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries that run all the time (the outbox relay's claim, every second on every instance; the presence
 * lookup of every notification delivery) must reuse Hibernate's cached query plan. A native select through
 * Hibernate Reactive never does: each execution adds a plan under the same SQL, the cache fills with copies and
 * every lookup of that SQL walks all of them (docs/decisions.md). Such a query on a hot path shows up here as a
 * growing plan count.
 */
@QuarkusTest
class HotQueryPlanCacheTest {

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    OutboxQueue outbox;

    @Inject
    PresenceRepository presence;

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

    @Test
    void theOutboxClaimReusesItsPlan() {
        assertRepeatsAddNoPlans(() -> outbox.claim(1, Duration.ofMillis(1)).replaceWithVoid());
    }

    @Test
    void presenceLookupsReuseTheirPlans() {
        assertRepeatsAddNoPlans(() -> presence.findByIdentity(tenant, "admin-1").replaceWithVoid());
        assertRepeatsAddNoPlans(() -> presence.list(tenant).replaceWithVoid());
    }

    private void assertRepeatsAddNoPlans(Supplier<Uni<Void>> query) {
        OnVertx.await(query); // the first run may add its plan
        int before = cachedPlans();
        for (int i = 0; i < 5; i++) {
            OnVertx.await(query);
        }
        assertThat(cachedPlans()).as("query plans cached after five more runs").isEqualTo(before);
    }

    private int cachedPlans() {
        Object factory = ClientProxy.unwrap(sessions);
        try {
            for (var field : factory.getClass().getDeclaredFields()) {
                field.setAccessible(true);
                if (field.get(factory) instanceof SessionFactoryImplementor implementor) {
                    return implementor.getQueryEngine().getInterpretationCache().getNumberOfCachedQueryPlans();
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("No Hibernate session factory inside " + factory.getClass());
    }
}
