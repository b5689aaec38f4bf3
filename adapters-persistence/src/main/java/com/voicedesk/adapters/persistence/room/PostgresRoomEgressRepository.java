package com.voicedesk.adapters.persistence.room;

import com.voicedesk.adapters.persistence.NativeValues;
import com.voicedesk.domain.room.EgressPurpose;
import com.voicedesk.domain.room.EgressStatus;
import com.voicedesk.domain.room.RoomEgress;
import com.voicedesk.domain.room.RoomEgressRepository;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Egress state as one upsert: a report replaces the stored row only when it is at least as new (LiveKit's own
 * {@code updated_at}) and the stored status is not final, so duplicates and late reports change nothing.
 */
@ApplicationScoped
public class PostgresRoomEgressRepository implements RoomEgressRepository {

    private static final String COLUMNS = "tenant_id, egress_id, room_name, purpose, track_sid, status, file_location, "
            + "error, started_at, ended_at, updated_at";
    private static final String TERMINAL = Arrays.stream(EgressStatus.values()).filter(EgressStatus::isTerminal)
            .map(s -> "'" + s.name() + "'").reduce((a, b) -> a + ", " + b).orElseThrow();

    @Override
    public Uni<Void> record(RoomEgress egress) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "insert into room_egresses (" + COLUMNS + ") values (:tenant, :egress, :room, :purpose, :track, "
                                + ":status, :location, :error, :started, :ended, :updated) "
                                + "on conflict (tenant_id, egress_id) do update set "
                                + "status = excluded.status, "
                                + "file_location = coalesce(excluded.file_location, room_egresses.file_location), "
                                + "error = coalesce(excluded.error, room_egresses.error), "
                                + "track_sid = coalesce(room_egresses.track_sid, excluded.track_sid), "
                                + "started_at = coalesce(excluded.started_at, room_egresses.started_at), "
                                + "ended_at = coalesce(excluded.ended_at, room_egresses.ended_at), "
                                + "updated_at = excluded.updated_at "
                                + "where room_egresses.updated_at <= excluded.updated_at "
                                + "and room_egresses.status not in (" + TERMINAL + ")")
                .setParameter("tenant", egress.tenantId().value())
                .setParameter("egress", egress.egressId())
                .setParameter("room", egress.roomName())
                .setParameter("purpose", egress.purpose().name())
                .setParameter("track", egress.trackSid())
                .setParameter("status", egress.status().name())
                .setParameter("location", egress.fileLocation())
                .setParameter("error", egress.error())
                .setParameter("started", egress.startedAt())
                .setParameter("ended", egress.endedAt())
                .setParameter("updated", egress.updatedAt())
                .executeUpdate())).replaceWithVoid();
    }

    @Override
    public Uni<List<RoomEgress>> listByRooms(TenantId tenant, Collection<String> roomNames) {
        if (roomNames.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return read("select " + COLUMNS + " from room_egresses where tenant_id = :tenant and room_name in (:rooms) "
                + "order by coalesce(started_at, updated_at), egress_id", tenant, query -> query
                .setParameter("rooms", List.copyOf(roomNames)));
    }

    @Override
    public Uni<Optional<RoomEgress>> findRunningTap(TenantId tenant, String roomName, String trackSid) {
        return read("select " + COLUMNS + " from room_egresses where tenant_id = :tenant and room_name = :room "
                + "and track_sid = :track and purpose = '" + EgressPurpose.AUDIO_TAP.name() + "' "
                + "and status not in (" + TERMINAL + ") limit 1", tenant, query -> query
                .setParameter("room", roomName).setParameter("track", trackSid))
                .map(rows -> rows.stream().findFirst());
    }

    private Uni<List<RoomEgress>> read(String sql, TenantId tenant,
                                       UnaryOperator<Mutiny.SelectionQuery<Object[]>> bind) {
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> bind.apply(
                        session.createNativeQuery(sql, Object[].class).setParameter("tenant", tenant.value()))
                .getResultList()))
                .map(rows -> rows.stream().map(PostgresRoomEgressRepository::toDomain).toList());
    }

    private static RoomEgress toDomain(Object[] row) {
        return new RoomEgress(new TenantId((UUID) row[0]), (String) row[1], (String) row[2],
                EgressPurpose.valueOf((String) row[3]), (String) row[4], EgressStatus.valueOf((String) row[5]),
                (String) row[6], (String) row[7], NativeValues.instant(row[8]), NativeValues.instant(row[9]),
                NativeValues.instant(row[10]));
    }
}
