package com.voicedesk.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The service's own settings (adapters have theirs under voicedesk.<adapter>). */
@ConfigMapping(prefix = "voicedesk")
public interface VoiceDeskConfig {

    /** Bearer token for /admin (tenant management). Without it, /admin refuses every request. */
    Optional<String> operatorToken();

    Demo demo();

    Api api();

    Outbox outbox();

    interface Demo {
        /** Create the tenant "demo" and print an API key on a start with an empty database. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Api {
        /**
         * How long an authenticated API key is remembered. A key revoked on this instance stops working
         * at once; on other instances within this time.
         */
        @WithDefault("30s")
        Duration keyCacheTtl();
    }

    interface Outbox {
        /** Events handled per poll. */
        @WithDefault("50")
        int batchSize();
    }
}
