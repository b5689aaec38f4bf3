package com.voicedesk.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL for the test suite, started once per JVM in a throwaway directory and shared by every
 * Quarkus application the suite boots (tests use their own tenants, so they do not see each other's rows).
 * A datasource URL given to the build ({@code -Dquarkus.datasource.reactive.url=...}) wins, as in production.
 */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (System.getProperty("quarkus.datasource.reactive.url") != null
                || System.getenv("QUARKUS_DATASOURCE_REACTIVE_URL") != null) {
            return Map.of();
        }
        EmbeddedPostgres server = server();
        String base = "localhost:" + server.getPort() + "/postgres";
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + base,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + base,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // kept for the next application of the suite; stopped by its own shutdown hook with the JVM
    }

    /** The shared server, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                Path dir = Files.createTempDirectory("voicedesk-test-pg");
                dir.toFile().deleteOnExit();
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL for the tests", e);
            }
        }
        return postgres;
    }
}
