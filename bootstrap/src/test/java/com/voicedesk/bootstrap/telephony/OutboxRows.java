package com.voicedesk.bootstrap.telephony;

import com.voicedesk.bootstrap.support.EmbeddedPostgresTestResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the outbox table directly: the tests check that a call's completion was written exactly once. */
final class OutboxRows {

    private OutboxRows() {
    }

    /** CallCompleted events of the tenant (whatever their processing state). */
    static int callCompleted(Twilio.Account account) {
        String sql = "select count(*) from outbox_events o join tenants t on t.id = o.tenant_id "
                + "where t.slug = ? and o.type = 'CallCompleted'";
        try (Connection c = EmbeddedPostgresTestResource.server().getPostgresDatabase().getConnection();
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, account.tenant().slug());
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
