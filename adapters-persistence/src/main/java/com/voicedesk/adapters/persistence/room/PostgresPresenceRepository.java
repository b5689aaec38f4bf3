package com.voicedesk.adapters.persistence.room;

import com.voicedesk.adapters.persistence.NativeValues;
import com.voicedesk.adapters.persistence.PanacheUnitOfWork;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.room.PresenceEntry;
import com.voicedesk.domain.room.PresenceRepository;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Presence rows keep both the last join and the last leave, so that late or repeated webhooks cannot
 * resurrect a participant who left, or remove one who joined again afterwards.
 */
@ApplicationScoped
public class PostgresPresenceRepository implements PresenceRepository {

    private static final String SELECT = "select tenant_id, identity, room_name, role, joined_at from presence ";
    private static final String LIST = "where tenant_id = %s and left_at is null order by identity, room_name";
    private static final String BY_IDENTITY = "where tenant_id = %s and identity = %s and left_at is null order by room_name";

    private final Pool pool;

    public PostgresPresenceRepository(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Void> joined(PresenceEntry entry) {
        // A join from before the room's last closure is a late delivery: the participant left with the room.
        return write(session -> lockRoom(session, entry.tenantId(), entry.roomName()).chain(() -> session.createNativeQuery("""
                        insert into presence (tenant_id, identity, room_name, role, joined_at, left_at)
                        select cast(:tenant as uuid), :identity, :room, :role, cast(:at as timestamptz), null
                        where not exists (select 1 from room_closures c
                                          where c.tenant_id = :tenant and c.room_name = :room and c.closed_at >= :at)
                        on conflict (tenant_id, identity, room_name) do update
                          set joined_at = excluded.joined_at, role = excluded.role, left_at = null
                          where presence.joined_at < excluded.joined_at
                            and (presence.left_at is null or presence.left_at < excluded.joined_at)""")
                .setParameter("tenant", entry.tenantId().value())
                .setParameter("identity", entry.identity())
                .setParameter("room", entry.roomName())
                .setParameter("role", entry.role() == null ? null : entry.role().name())
                .setParameter("at", entry.joinedAt())
                .executeUpdate()));
    }

    @Override
    public Uni<Void> left(TenantId tenant, String identity, String roomName, Instant at) {
        // A leave that arrives before its join still records the leave, so the late join is ignored.
        return write(session -> session.createNativeQuery("""
                        insert into presence (tenant_id, identity, room_name, role, joined_at, left_at)
                        values (:tenant, :identity, :room, null, :at, :at)
                        on conflict (tenant_id, identity, room_name) do update
                          set left_at = excluded.left_at
                          where presence.joined_at <= excluded.left_at
                            and (presence.left_at is null or presence.left_at < excluded.left_at)""")
                .setParameter("tenant", tenant.value())
                .setParameter("identity", identity)
                .setParameter("room", roomName)
                .setParameter("at", at)
                .executeUpdate());
    }

    @Override
    public Uni<Void> roomClosed(TenantId tenant, String roomName, Instant at) {
        return write(session -> lockRoom(session, tenant, roomName).chain(() -> session.createNativeQuery("""
                        insert into room_closures (tenant_id, room_name, closed_at) values (:tenant, :room, :at)
                        on conflict (tenant_id, room_name) do update set closed_at = excluded.closed_at
                          where room_closures.closed_at < excluded.closed_at""")
                .setParameter("tenant", tenant.value())
                .setParameter("room", roomName)
                .setParameter("at", at)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("""
                        update presence set left_at = :at
                        where tenant_id = :tenant and room_name = :room and left_at is null and joined_at <= :at""")
                        .setParameter("tenant", tenant.value())
                        .setParameter("room", roomName)
                        .setParameter("at", at)
                        .executeUpdate())));
    }

    /**
     * Joins and closures of one room take turns until their transaction ends: otherwise a join racing the room's
     * closure could check for the closure before it commits, and the closure miss the join's new row.
     */
    private static Uni<Integer> lockRoom(Mutiny.Session session, TenantId tenant, String roomName) {
        return session.createNativeQuery(
                        "select 1 from (select pg_advisory_xact_lock(hashtextextended(:room, 0))) as locked", Integer.class)
                .setParameter("room", tenant.value() + "/" + roomName)
                .getSingleResult();
    }

    @Override
    public Uni<List<PresenceEntry>> list(TenantId tenant) {
        return read(LIST, tenant, null);
    }

    @Override
    public Uni<List<PresenceEntry>> findByIdentity(TenantId tenant, String identity) {
        return read(BY_IDENTITY, tenant, identity);
    }

    private Uni<Void> write(Function<Mutiny.Session, Uni<Integer>> statement) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> statement.apply(session))).replaceWithVoid();
    }

    /**
     * Every notification delivery asks where its admin is, so outside a unit of work the read goes straight to the
     * pool as a prepared statement: a native select through Hibernate Reactive misses its plan cache every time
     * (docs/decisions.md). Inside one it stays on the session, which sees the transaction's own writes.
     */
    private Uni<List<PresenceEntry>> read(String where, TenantId tenant, String identity) {
        if (!PanacheUnitOfWork.isActive()) {
            String sql = SELECT + where.formatted("$1", "$2");
            Tuple params = identity == null ? Tuple.of(tenant.value()) : Tuple.of(tenant.value(), identity);
            return pool.preparedQuery(sql).execute(params).map(rows -> {
                List<PresenceEntry> entries = new ArrayList<>(rows.size());
                rows.forEach(row -> entries.add(new PresenceEntry(new TenantId(row.getUUID(0)), row.getString(1),
                        row.getString(2), role(row.getString(3)), row.getOffsetDateTime(4).toInstant())));
                return entries;
            });
        }
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(
                            SELECT + where.formatted(":tenant", ":identity"), Object[].class)
                    .setParameter("tenant", tenant.value());
            if (identity != null) {
                query.setParameter("identity", identity);
            }
            return query.getResultList();
        })).map(rows -> rows.stream().map(PostgresPresenceRepository::toEntry).toList());
    }

    private static ParticipantRole role(String name) {
        return name == null ? null : ParticipantRole.valueOf(name);
    }

    private static PresenceEntry toEntry(Object[] row) {
        return new PresenceEntry(new TenantId((UUID) row[0]), (String) row[1], (String) row[2], role((String) row[3]),
                NativeValues.instant(row[4]));
    }
}
