package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys of the CRM's events. Claimed inside the unit of work that stores the notification, so a
 * key exists if and only if its notification does; a concurrent claim of the same key waits for the first.
 */
public interface EventIdempotency {

    /** What a key was first used for: the notification it produced and a fingerprint of the request. */
    record Claimed(NotificationId notificationId, String fingerprint) {
        public Claimed {
            Require.nonNull(notificationId, "notificationId");
            Require.nonNull(fingerprint, "fingerprint");
        }
    }

    /** Claims the key for this notification: empty when claimed now, else what claimed it before. */
    Uni<Optional<Claimed>> claim(TenantId tenant, String key, String fingerprint, NotificationId notification, Instant at);

    /** Forgets keys claimed before {@code before}; returns how many. */
    Uni<Long> purgeClaimedBefore(Instant before);
}
