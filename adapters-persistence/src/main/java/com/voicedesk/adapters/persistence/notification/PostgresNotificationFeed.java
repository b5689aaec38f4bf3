package com.voicedesk.adapters.persistence.notification;

import com.voicedesk.domain.notification.FeedEntry;
import com.voicedesk.domain.notification.NotificationFeed;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The feed, read with single prepared statements on the reactive pool rather than a Hibernate session: these
 * run from the database listener's callback (no Vert.x duplicated context there) and on the fan-out's hot path.
 */
@ApplicationScoped
public class PostgresNotificationFeed implements NotificationFeed {

    private static final String FROM = "select " + NotificationRows.COLUMNS + " from notifications n ";
    private static final String FOR_ADMIN = "and (n.recipient is null or n.recipient = $3) and n.type <> all($4) ";

    private final Pool pool;
    private final NotificationRows rows;

    public PostgresNotificationFeed(Pool pool, NotificationRows rows) {
        this.pool = pool;
        this.rows = rows;
    }

    @Override
    public Uni<Long> latestSequence(TenantId tenant) {
        return pool.preparedQuery("select last_seq from notification_sequences where tenant_id = $1")
                .execute(Tuple.of(tenant.value()))
                .map(result -> {
                    RowIterator<Row> it = result.iterator();
                    return it.hasNext() ? it.next().getLong(0) : 0L;
                });
    }

    @Override
    public Uni<List<FeedEntry>> after(TenantId tenant, long afterSeq, int limit) {
        return pool.preparedQuery(FROM + "where n.tenant_id = $1 and n.seq > $2 order by n.seq limit $3")
                .execute(Tuple.of(tenant.value(), afterSeq, limit))
                .map(rows::entries);
    }

    @Override
    public Uni<List<FeedEntry>> afterFor(TenantId tenant, String admin, Set<NotificationType> muted, long afterSeq,
                                         int limit) {
        return pool.preparedQuery(FROM + "where n.tenant_id = $1 and n.seq > $2 " + FOR_ADMIN + "order by n.seq limit $5")
                .execute(Tuple.of(tenant.value(), afterSeq, admin, NotificationRows.typeNames(muted), limit))
                .map(rows::entries);
    }

    @Override
    public Uni<Long> countAfterFor(TenantId tenant, String admin, Set<NotificationType> muted, long afterSeq) {
        return pool.preparedQuery("select count(*) from notifications n where n.tenant_id = $1 and n.seq > $2 " + FOR_ADMIN)
                .execute(Tuple.of(tenant.value(), afterSeq, admin, NotificationRows.typeNames(muted)))
                .map(result -> result.iterator().next().getLong(0));
    }

    @Override
    public Uni<Optional<FeedEntry>> find(TenantId tenant, NotificationId id) {
        return pool.preparedQuery(FROM + "where n.tenant_id = $1 and n.id = $2")
                .execute(Tuple.of(tenant.value(), id.value()))
                .map(result -> {
                    RowIterator<Row> it = result.iterator();
                    return it.hasNext() ? Optional.of(rows.entry(it.next())) : Optional.empty();
                });
    }
}
