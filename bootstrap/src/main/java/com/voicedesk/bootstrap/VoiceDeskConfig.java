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

    /** Read by {@code LocalRun} before Quarkus starts; mapped here so that it is documented and validated. */
    EmbeddedPostgres embeddedPostgres();

    /** Where the local run keeps the embedded database, master key and operator token. */
    @WithDefault(".voicedesk")
    String dataDir();

    Demo demo();

    Api api();

    Outbox outbox();

    Assistant assistant();

    interface Assistant {
        /** How long a voice-socket ticket (POST /api/assistant/voice-sessions) may wait to be used. */
        @WithDefault("60s")
        Duration voiceTicketTtl();
    }

    interface EmbeddedPostgres {
        /** Start an embedded PostgreSQL when no datasource URL is configured (a configured URL always wins). */
        @WithDefault("true")
        boolean enabled();
    }

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
        /** How often the relay looks for work (the scheduler reads it as voicedesk.outbox.poll-interval). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Events handled per poll. */
        @WithDefault("50")
        int batchSize();
    }
}
