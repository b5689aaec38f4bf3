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
     * One primary-key probe per requested id, whatever the table's statistics say: the lateral subquery (kept
     * apart by {@code offset 0}) can only be a nested loop over the ids with the key as its index. A plain join
     * was planned as a hash join over a sequential scan of the table while its statistics were stale. The
     * tenant is checked on every row, so a batch that mixes tenants never crosses them.
     */
    static final String SELECT_MANY = "select found.* from unnest($1::uuid[], $2::uuid[]) as wanted(id, tenant_id)"
            + " cross join lateral (select " + COLUMNS + " from contacts where contacts.id = wanted.id offset 0) found"
            + " where found.tenant_id = wanted.tenant_id";

    /** Reads asked for, and the queries that answered them. */
    record Statistics(long reads, long queries) {
    }

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

    Statistics statistics() {
        return new Statistics(reads.sum(), queries.sum());
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
                List<Read> batch = new ArrayList<>(Math.min(waiting.size(), maxBatchSize));
                while (!waiting.isEmpty() && batch.size() < maxBatchSize) {
                    batch.add(waiting.poll());
                }
                inFlight++;
                queries.increment();
                Context sender = Vertx.currentContext();
                query(batch).subscribe().with(rows -> onLane(sender, () -> done(batch, rows)),
                        failure -> onLane(sender, () -> failed(batch, failure)));
            }
        }

        private Uni<RowSet<Row>> query(List<Read> batch) {
            if (batch.size() == 1) {
                Read read = batch.getFirst();
                return pool.preparedQuery(SELECT_ONE).execute(Tuple.of(read.id(), read.tenant()));
            }
            UUID[] ids = new UUID[batch.size()];
            UUID[] tenants = new UUID[batch.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = batch.get(i).id();
                tenants[i] = batch.get(i).tenant();
            }
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
