package com.voicedesk.bootstrap.outbox;

import com.voicedesk.application.outbox.OutboxRelay;
import com.voicedesk.bootstrap.VoiceDeskConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Drives the outbox relay: every second, and again at once while batches come back full. Instances share
 * the queue safely (leases, skip-locked claims), so every replica runs this.
 */
@ApplicationScoped
public class OutboxPoller {

    private static final Logger LOG = Logger.getLogger(OutboxPoller.class);

    private final OutboxRelay relay;
    private final int batchSize;

    public OutboxPoller(OutboxRelay relay, VoiceDeskConfig config) {
        this.relay = relay;
        this.batchSize = config.outbox().batchSize();
    }

    @Scheduled(every = "${voicedesk.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "outbox-relay")
    Uni<Void> poll() {
        return drain(0).onFailure().invoke(e -> LOG.warn("Outbox relay run failed; retrying on the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Handles batches until one comes back short, with a bound so that one tick cannot run forever. */
    private Uni<Integer> drain(int rounds) {
        return relay.relayBatch(batchSize).flatMap(handled ->
                handled >= batchSize && rounds < 20 ? drain(rounds + 1) : Uni.createFrom().item(handled));
    }
}
