package com.voicedesk.adapters.persistence.notification;

import com.voicedesk.domain.notification.DeliveryState;
import com.voicedesk.domain.notification.InboxItem;
import com.voicedesk.domain.notification.InboxQuery;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.notification.NotificationInbox;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An admin's inbox: notifications to them or to every admin. Read state is a row per single read plus one
 * "read through" watermark per admin for "mark all read". Reads use the reactive pool (single statements);
 * marks run in a transaction on the Hibernate session, so they join a caller's unit of work.
 */
@ApplicationScoped
public class PostgresNotificationInbox implements NotificationInbox {

    /** $1 tenant, $2 admin, $3 muted type names. */
    private static final String VISIBLE = """
            from notifications n
            left join notification_read_marks m on m.tenant_id = n.tenant_id and m.admin = $2
            left join notification_reads r on r.notification_id = n.id and r.admin = $2
            where n.tenant_id = $1 and (n.recipient is null or n.recipient = $2) and n.type <> all($3)
            """;
    private static final String UNREAD = " and r.notification_id is null and n.seq > coalesce(m.read_through_seq, 0)";

    private final Pool pool;
    private final NotificationRows rows;

    public PostgresNotificationInbox(Pool pool, NotificationRows rows) {
        this.pool = pool;
        this.rows = rows;
    }

    @Override
    public Uni<Page<InboxItem>> page(InboxQuery query) {
        String where = VISIBLE + (query.unreadOnly() ? UNREAD : "");
        Tuple params = Tuple.of(query.tenantId().value(), query.admin(), NotificationRows.typeNames(query.muted()));
        return pool.preparedQuery("select " + NotificationRows.COLUMNS + """
                        , coalesce(r.read_at, case when n.seq <= m.read_through_seq then m.marked_at end) as admin_read_at
                        """ + where + " order by n.seq desc limit $4 offset $5")
                .execute(Tuple.of(params.getValue(0), params.getValue(1), params.getValue(2), query.page().size(),
                        query.page().offset()))
                .flatMap(found -> {
                    List<InboxItem> items = new ArrayList<>(found.size());
                    for (Row row : found) {
                        items.add(item(row));
                    }
                    // one after the other: a page and its total
                    return pool.preparedQuery("select count(*) " + where).execute(params)
                            .map(total -> Page.of(items, query.page(), total.iterator().next().getLong(0)));
                });
    }

    @Override
    public Uni<Long> unreadCount(TenantId tenant, String admin, Set<NotificationType> muted) {
        return pool.preparedQuery("select count(*) " + VISIBLE + UNREAD)
                .execute(Tuple.of(tenant.value(), admin, NotificationRows.typeNames(muted)))
                .map(result -> result.iterator().next().getLong(0));
    }

    @Override
    public Uni<Boolean> markRead(TenantId tenant, String admin, NotificationId id, Instant at) {
        // A notification to one admin also records the read on the notification itself (its own state).
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        with target as (
                            select id, tenant_id, recipient from notifications
                            where id = :id and tenant_id = :tenant and (recipient is null or recipient = :admin)),
                        reads as (
                            insert into notification_reads (notification_id, admin, tenant_id, read_at)
                            select id, :admin, tenant_id, :at from target
                            on conflict (notification_id, admin) do nothing),
                        own as (
                            update notifications n set state = 'READ', read_at = :at from target t
                            where n.id = t.id and t.recipient is not null and n.state <> 'READ')
                        select count(*) from target""", Long.class)
                .setParameter("id", id.value())
                .setParameter("tenant", tenant.value())
                .setParameter("admin", admin)
                .setParameter("at", at)
                .getSingleResult()))
                .map(count -> count > 0);
    }

    @Override
    public Uni<Long> markAllRead(TenantId tenant, String admin, Instant at) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        with latest as (
                            select coalesce((select last_seq from notification_sequences where tenant_id = :tenant), 0) as seq),
                        unread as (
                            select n.id from notifications n
                            left join notification_read_marks m on m.tenant_id = n.tenant_id and m.admin = :admin
                            left join notification_reads r on r.notification_id = n.id and r.admin = :admin
                            where n.tenant_id = :tenant and (n.recipient is null or n.recipient = :admin)
                              and r.notification_id is null and n.seq > coalesce(m.read_through_seq, 0)
                              and n.seq <= (select seq from latest)),
                        mark as (
                            insert into notification_read_marks (tenant_id, admin, read_through_seq, marked_at)
                            select :tenant, :admin, seq, :at from latest
                            on conflict (tenant_id, admin) do update
                              set read_through_seq = excluded.read_through_seq, marked_at = excluded.marked_at
                              where notification_read_marks.read_through_seq < excluded.read_through_seq),
                        own as (
                            update notifications n set state = 'READ', read_at = :at
                            where n.tenant_id = :tenant and n.recipient = :admin and n.state <> 'READ'
                              and n.seq <= (select seq from latest))
                        select count(*) from unread""", Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("admin", admin)
                .setParameter("at", at)
                .getSingleResult()));
    }

    private InboxItem item(Row row) {
        Notification notification = rows.notification(row);
        Instant readAt = NotificationRows.instant(row, "admin_read_at");
        DeliveryState state = readAt != null ? DeliveryState.READ : notification.state();
        return new InboxItem(row.getLong("seq"), notification, state, readAt);
    }
}
