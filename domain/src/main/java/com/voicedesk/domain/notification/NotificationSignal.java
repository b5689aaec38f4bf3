package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/** What an instance hears from the others (and itself) about notifications. */
public sealed interface NotificationSignal {

    /** The tenant's feed reached {@code seq}: streams on this instance should read up to it. */
    record FeedAdvanced(TenantId tenantId, long seq) implements NotificationSignal {
        public FeedAdvanced {
            Require.nonNull(tenantId, "tenantId");
        }
    }

    /** An admin changed their preferences: streams of that admin should reload them. */
    record PreferencesChanged(TenantId tenantId, String admin) implements NotificationSignal {
        public PreferencesChanged {
            Require.nonNull(tenantId, "tenantId");
            admin = AdminIdentity.require(admin);
        }
    }

    /** The listening connection was (re)established: signals may have been missed, so every stream catches up. */
    enum Resync implements NotificationSignal {
        INSTANCE
    }
}
