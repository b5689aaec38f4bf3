package com.voicedesk.adapters.persistence.contact;

import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reads of contacts by id, coalesced per event loop. A read goes out as soon as the event loop has handled
 * whatever else was ready with it; the reads that arrived together, and those that arrive while the loop's
 * previous query is on its way, go out together as one query. Under load one round trip, one plan and one
 * wake-up of a PostgreSQL backend answer a batch, and those, not the index probe, are where a lookup's cost is.
 *
 * <p>This is not a cache: every read is answered by a query sent after it was asked for, so it sees every
 * write committed before it (docs/decisions.md #12).
 *
 * <p>Each event loop thread has its own lane, touched only by that thread: its queries are sent from it, and
 * the SQL client answers on the context that sent them. Each read is completed on its own Vert.x context, so
 * what it continues with (a Hibernate session, a request's context data) is its own. A read from a thread
 * that is not an event loop skips the lanes and queries alone.
 */
final class ContactReadBatcher {

    /** The columns of every contact read, in the order {@link ContactMapper#toDomain(Row)} reads them. */
    static final String COLUMNS = "id, tenant_id, name, phone, email, event_type, event_date, guest_count, venue,"
            + " budget_amount, budget_currency, lead_status, time_zone, do_not_call, call_consent, source, created_at,"
            + " updated_at, version";
    static final String SELECT_ONE = "select " + COLUMNS + " from contacts where id = $1 and tenant_id = $2";
    /**
     * The distinct ids of a batch and, in the same order, the tenant asking for each. Only the primary key can
     * serve it (the tenant comparison goes through the id, so no tenant index can), whatever the table's
     * statistics say; and one table plans faster than the join it replaced (decisions.md #12). Every row must
     * belong to the tenant that asked for its id, so a batch that mixes tenants never crosses them.
     */
    static final String SELECT_MANY = "select " + COLUMNS + " from contacts where id = any($1::uuid[])"
            + " and tenant_id = ($2::uuid[])[array_position($1::uuid[], id)]";

    private final Pool pool;
    private final int maxBatchSize;
    private final int inFlightPerLane;
    private final ThreadLocal<Lane> lanes = ThreadLocal.withInitial(Lane::new);
    private final LongAdder reads = new LongAdder();
    private final LongAdder queries = new LongAdder();

    ContactReadBatcher(Pool pool, int maxBatchSize, int inFlightPerLane) {
        if (maxBatchSize < 1 || inFlightPerLane < 1) {
            throw new IllegalArgumentException("voicedesk.persistence.contact-reads: max-batch-size and "
                    + "in-flight-per-event-loop must be at least 1 (got " + maxBatchSize + " and " + inFlightPerLane + ")");
        }
        this.pool = pool;
        this.maxBatchSize = maxBatchSize;
        this.inFlightPerLane = inFlightPerLane;
    }

    Uni<Optional<Contact>> find(TenantId tenant, ContactId id) {
        return Uni.createFrom().emitter(emitter -> {
            reads.increment();
            Context context = Vertx.currentContext();
            if (context == null || !Context.isOnEventLoopThread()) {
                queries.increment();
                pool.preparedQuery(SELECT_ONE).execute(Tuple.of(id.value(), tenant.value())).subscribe()
                        .with(rows -> emitter.complete(single(rows)), emitter::fail);
                return;
            }
            lanes.get().add(new Read(id.value(), tenant.value(), context, emitter));
        });
    }

    ContactReadCounts counts() {
        return new ContactReadCounts(reads.sum(), queries.sum());
    }

    private static Optional<Contact> single(RowSet<Row> rows) {
        var it = rows.iterator();
        return it.hasNext() ? Optional.of(ContactMapper.toDomain(it.next())) : Optional.empty();
    }

    private record Read(UUID id, UUID tenant, Context context, UniEmitter<? super Optional<Contact>> emitter) {

        void complete(Optional<Contact> contact) {
            onOwnContext(() -> emitter.complete(contact));
        }

        void fail(Throwable failure) {
            onOwnContext(() -> emitter.fail(failure));
        }

        private void onOwnContext(Runnable action) {
            if (Vertx.currentContext() == context) {
                action.run();
            } else {
                context.runOnContext(ignored -> action.run());
            }
        }
    }

    /** Reads sent together, and the distinct ids they ask for with the tenant asking for each. */
    private record Batch(List<Read> reads, Map<UUID, UUID> tenantOf) {
    }

    /** One event loop's reads; only ever touched by that event loop's thread. */
    private final class Lane {
        private final Thread owner = Thread.currentThread();
        private final ArrayDeque<Read> waiting = new ArrayDeque<>();
        private boolean sendScheduled;
        private int inFlight;

        void add(Read read) {
            waiting.add(read);
            if (!sendScheduled && inFlight < inFlightPerLane) {
                // after the event loop has handled what else is ready now, so that reads that arrived together go together
                sendScheduled = true;
                read.context().runOnContext(ignored -> send());
            }
        }

        private void send() {
            sendScheduled = false;
            while (!waiting.isEmpty() && inFlight < inFlightPerLane) {
                Batch batch = nextBatch();
                inFlight++;
                queries.increment();
                Context sender = Vertx.currentContext();
                query(batch).subscribe().with(rows -> onLane(sender, () -> done(batch.reads(), rows)),
                        failure -> onLane(sender, () -> failed(batch.reads(), failure)));
            }
        }

        /**
         * The waiting reads in order, up to the limit; a read of an id that the batch already asks for under
         * another tenant waits for the next one (the query asks for each id once, under one tenant).
         */
        private Batch nextBatch() {
            List<Read> reads = new ArrayList<>(Math.min(waiting.size(), maxBatchSize));
            Map<UUID, UUID> tenantOf = new LinkedHashMap<>();
            for (Iterator<Read> it = waiting.iterator(); it.hasNext() && reads.size() < maxBatchSize; ) {
                Read read = it.next();
                UUID asked = tenantOf.putIfAbsent(read.id(), read.tenant());
                if (asked == null || asked.equals(read.tenant())) {
                    reads.add(read);
                    it.remove();
                }
            }
            return new Batch(reads, tenantOf);
        }

        private Uni<RowSet<Row>> query(Batch batch) {
            if (batch.tenantOf().size() == 1) {
                Read read = batch.reads().getFirst();
                return pool.preparedQuery(SELECT_ONE).execute(Tuple.of(read.id(), read.tenant()));
            }
            UUID[] ids = batch.tenantOf().keySet().toArray(UUID[]::new);
            UUID[] tenants = batch.tenantOf().values().toArray(UUID[]::new);
            return pool.preparedQuery(SELECT_MANY).execute(Tuple.of(ids, tenants));
        }

        /** The SQL client answers on the context that sent the query; should it ever not, the answer moves there. */
        private void onLane(Context sender, Runnable work) {
            if (Thread.currentThread() == owner) {
                work.run();
            } else {
                sender.runOnContext(ignored -> work.run());
            }
        }

        private void done(List<Read> batch, RowSet<Row> rows) {
            inFlight--;
            Map<UUID, Contact> found = new HashMap<>(rows.size() * 2);
            for (Row row : rows) {
                Contact contact = ContactMapper.toDomain(row);
                found.put(contact.id().value(), contact);
            }
            for (Read read : batch) {
                Contact contact = found.get(read.id());
                boolean theirs = contact != null && contact.tenantId().value().equals(read.tenant());
                read.complete(theirs ? Optional.of(contact) : Optional.empty());
            }
            sendWaiting();
        }

        private void failed(List<Read> batch, Throwable failure) {
            inFlight--;
            batch.forEach(read -> read.fail(failure));
            sendWaiting();
        }

        private void sendWaiting() {
            if (!waiting.isEmpty() && !sendScheduled) {
                send();
            }
        }
    }
}
