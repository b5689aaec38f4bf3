package com.voicedesk.adapters.persistence.outbox;

import com.voicedesk.adapters.persistence.JsonCodec;
import com.voicedesk.domain.event.DomainEvent;
import com.voicedesk.domain.event.Outbox;
import com.voicedesk.domain.event.OutboxQueue;
import com.voicedesk.domain.event.PendingEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import org.hibernate.LockMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The transactional outbox in {@code outbox_events}. Claiming uses {@code for update skip locked}, so
 * instances sharing the database never claim the same entry at once; a claim is a lease, so an entry
 * held by a dead instance is claimed again when the lease runs out.
 */
@ApplicationScoped
public class PostgresOutbox implements Outbox, OutboxQueue, PanacheRepositoryBase<OutboxEventEntity, Long> {

    /** Type tag to record class, from the sealed interface: a new event needs no registration here. */
    private static final Map<String, Class<?>> TYPES = Arrays.stream(DomainEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final JsonCodec json;
    private final Clock clock;

    public PostgresOutbox(JsonCodec json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Uni<Void> enqueue(DomainEvent event) {
        Instant now = clock.instant();
        OutboxEventEntity e = new OutboxEventEntity();
        e.tenantId = event.tenantId().value();
        e.type = event.getClass().getSimpleName();
        e.payload = json.write(event);
        e.createdAt = now;
        e.availableAt = now;
        return Panache.withTransaction(() -> persistAndFlush(e)).replaceWithVoid();
    }

    @Override
    public Uni<List<PendingEvent>> claim(int max, Duration lease) {
        Instant now = clock.instant();
        Instant until = now.plus(lease);
        // HQL rather than native SQL: the relay claims every second on every instance, and Hibernate Reactive
        // never finds a native select in its plan cache (docs/decisions.md, "Native selects stay off hot paths").
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                        from OutboxEventEntity e
                        where e.processedAt is null and e.deadAt is null and e.availableAt <= :now
                          and (e.lockedUntil is null or e.lockedUntil < :now)
                        order by e.id""", OutboxEventEntity.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                .getResultList()
                .invoke(rows -> rows.forEach(e -> {
                    // managed entities: written back when the transaction commits
                    e.lockedUntil = until;
                    e.attempts++;
                }))))
                .map(rows -> rows.stream().map(this::toPending).toList());
    }

    @Override
    public Uni<Void> completed(long id) {
        return Panache.withTransaction(() -> update("processedAt = ?1, lockedUntil = null where id = ?2",
                clock.instant(), id)).replaceWithVoid();
    }

    @Override
    public Uni<Void> failed(long id, String error, Instant retryAt) {
        return Panache.withTransaction(() -> update(
                "availableAt = ?1, lockedUntil = null, lastError = ?2 where id = ?3", retryAt, truncate(error), id))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> dead(long id, String error) {
        return Panache.withTransaction(() -> update("deadAt = ?1, lockedUntil = null, lastError = ?2 where id = ?3",
                clock.instant(), truncate(error), id)).replaceWithVoid();
    }

    @Override
    public Uni<Long> countDead() {
        return Panache.withSession(() -> count("deadAt is not null"));
    }

    private PendingEvent toPending(OutboxEventEntity e) {
        Class<?> type = TYPES.get(e.type);
        if (type == null) {
            throw new IllegalStateException("Outbox entry " + e.id + " has unknown type " + e.type);
        }
        return new PendingEvent(e.id, (DomainEvent) json.read(e.payload, type), e.attempts);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }
}
