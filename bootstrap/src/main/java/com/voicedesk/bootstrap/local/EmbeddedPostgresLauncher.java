package com.voicedesk.bootstrap.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the embedded PostgreSQL server (zonky: real PostgreSQL binaries, no Docker) on a free port,
 * keeping its data in {@code pgData} across restarts. The server stops with the JVM.
 */
public final class EmbeddedPostgresLauncher {

    private EmbeddedPostgresLauncher() {
    }

    public static DatabaseUrls start(Path pgData) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .start();
        return DatabaseUrls.localhost(postgres.getPort(), "postgres");
    }
}
