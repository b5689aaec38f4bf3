package com.voicedesk.adapters.persistence.notification;

import com.voicedesk.domain.notification.NotificationPreferences;
import com.voicedesk.domain.notification.NotificationPreferencesRepository;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Preferences. Reads use the reactive pool (open streams reload them from the listener's callback); the write
 * goes through the session so that it commits with the signal that tells the other instances.
 */
@ApplicationScoped
public class PostgresNotificationPreferences implements NotificationPreferencesRepository {

    private final Pool pool;

    public PostgresNotificationPreferences(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<NotificationPreferences> find(TenantId tenant, String admin) {
        return pool.preparedQuery("""
                        select admin, muted_types, updated_at from notification_preferences
                        where tenant_id = $1 and admin = $2""")
                .execute(Tuple.of(tenant.value(), admin))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    return it.hasNext() ? toDomain(tenant, it.next()) : NotificationPreferences.defaults(tenant, admin);
                });
    }

    @Override
    public Uni<Map<String, NotificationPreferences>> findAll(TenantId tenant, Collection<String> admins) {
        if (admins.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("""
                        select admin, muted_types, updated_at from notification_preferences
                        where tenant_id = $1 and admin = any($2)""")
                .execute(Tuple.of(tenant.value(), admins.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, NotificationPreferences> found = new HashMap<>();
                    for (String admin : admins) {
                        found.put(admin, NotificationPreferences.defaults(tenant, admin));
                    }
                    for (Row row : rows) {
                        found.put(row.getString("admin"), toDomain(tenant, row));
                    }
                    return found;
                });
    }

    @Override
    public Uni<Void> save(NotificationPreferences preferences) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into notification_preferences (tenant_id, admin, muted_types, updated_at)
                        values (:tenant, :admin, cast(string_to_array(:muted, ',') as text[]), :at)
                        on conflict (tenant_id, admin) do update
                          set muted_types = excluded.muted_types, updated_at = excluded.updated_at""")
                .setParameter("tenant", preferences.tenantId().value())
                .setParameter("admin", preferences.admin())
                .setParameter("muted", String.join(",", NotificationRows.typeNames(preferences.muted())))
                .setParameter("at", preferences.updatedAt())
                .executeUpdate())).replaceWithVoid();
    }

    private static NotificationPreferences toDomain(TenantId tenant, Row row) {
        return new NotificationPreferences(tenant, row.getString("admin"),
                NotificationRows.types(row.getArrayOfStrings("muted_types")), NotificationRows.instant(row, "updated_at"));
    }
}
