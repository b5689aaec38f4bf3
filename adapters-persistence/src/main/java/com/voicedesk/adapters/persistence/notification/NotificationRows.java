package com.voicedesk.adapters.persistence.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.voicedesk.adapters.persistence.JsonCodec;
import com.voicedesk.domain.notification.DeliveryState;
import com.voicedesk.domain.notification.FeedEntry;
import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.notification.Recipient;
import com.voicedesk.domain.shared.TenantId;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Notification rows read with the reactive client (no Hibernate session), and the parameter forms they need. */
@ApplicationScoped
public class NotificationRows {

    /** The columns {@link #entry(Row)} reads, for a table aliased {@code n}. */
    static final String COLUMNS = """
            n.id, n.tenant_id, n.seq, n.type, n.title, n.message, n.link, n.data::text as data, n.recipient, n.state,
            n.created_at, n.delivered_at, n.read_at""";

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    private final JsonCodec json;

    public NotificationRows(JsonCodec json) {
        this.json = json;
    }

    FeedEntry entry(Row r) {
        return new FeedEntry(r.getLong("seq"), notification(r));
    }

    List<FeedEntry> entries(RowSet<Row> rows) {
        List<FeedEntry> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(entry(row));
        }
        return out;
    }

    Notification notification(Row r) {
        String recipient = r.getString("recipient");
        return new Notification(new NotificationId(r.getUUID("id")), new TenantId(r.getUUID("tenant_id")),
                NotificationType.valueOf(r.getString("type")), r.getString("title"), r.getString("message"),
                r.getString("link"), json.read(r.getString("data"), DATA),
                recipient == null ? Recipient.allAdmins() : Recipient.admin(recipient),
                DeliveryState.valueOf(r.getString("state")), instant(r, "created_at"), instant(r, "delivered_at"),
                instant(r, "read_at"));
    }

    static Instant instant(Row r, String column) {
        OffsetDateTime value = r.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Type names for a {@code text[]} parameter ({@code type <> all($n)}). */
    static String[] typeNames(Collection<NotificationType> types) {
        return types.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    /** Stored type names back to types; a name no longer known is dropped. */
    static Set<NotificationType> types(String[] names) {
        Set<NotificationType> out = EnumSet.noneOf(NotificationType.class);
        if (names != null) {
            for (String name : names) {
                try {
                    out.add(NotificationType.valueOf(name));
                } catch (IllegalArgumentException unknown) {
                    // a type removed from the code: nothing to mute any more
                }
            }
        }
        return out;
    }
}
