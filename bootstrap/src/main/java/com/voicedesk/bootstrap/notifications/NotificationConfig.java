package com.voicedesk.bootstrap.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Real-time notifications: streams, the data channel, admin stream tokens, the events API. */
@ConfigMapping(prefix = "voicedesk.notifications")
public interface NotificationConfig {

    Stream stream();

    /** Data packets older than this are not sent any more (the stream and the inbox have them). */
    @WithDefault("10m")
    Duration roomDeliveryMaxAge();

    /** How often "delivered live" marks are written (one statement per tenant; the scheduler's minimum is 1s). */
    @WithDefault("1s")
    Duration deliveryFlushInterval();

    /** How often every open stream's feed is read even without a signal: the bound on a missed signal's delay. */
    @WithDefault("2s")
    Duration sweepInterval();

    /** How long an idempotency key of the events API is remembered. */
    @WithDefault("7d")
    Duration idempotencyRetention();

    /** The largest {@code data} object an event may carry, as JSON bytes (keeps a data packet under 15 KiB). */
    @WithDefault("4096")
    int maxDataBytes();

    AdminTokens adminTokens();

    interface Stream {
        /** A comment line this often keeps proxies from closing an idle stream. */
        @WithDefault("25s")
        Duration heartbeat();

        /** The reconnection delay a browser's EventSource is told to use. */
        @WithDefault("2s")
        Duration retry();

        /** A stream resuming from Last-Event-ID replays at most this many missed notifications, else says "resync". */
        @WithDefault("1000")
        int maxReplay();

        /** Notifications a slow client may fall behind before its stream is closed (it resumes from its last id). */
        @WithDefault("1000")
        int buffer();

        /** Notifications read from the database per query. */
        @WithDefault("200")
        int fetchBatch();
    }

    interface AdminTokens {
        /** Lifetime of an admin stream token (minted with the tenant API key, used by the browser). */
        @WithDefault("1h")
        Duration ttl();

        /**
         * HMAC key for admin tokens, shared by every instance. Unset: derived from voicedesk.security.master-key;
         * with neither, minting tokens answers 409 and streams need the API key.
         */
        Optional<String> secret();
    }
}
