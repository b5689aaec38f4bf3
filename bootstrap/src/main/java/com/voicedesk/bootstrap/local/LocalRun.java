package com.voicedesk.bootstrap.local;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Makes the packaged service run on a fresh machine with no database and no configuration:
 * <ul>
 * <li>with no datasource URL configured, it starts an embedded PostgreSQL whose data lives in the data
 * directory ({@code VOICEDESK_DATA_DIR}, default {@code ./.voicedesk}) across restarts;</li>
 * <li>in that mode it also creates a master key and an operator token in the data directory (unless
 * configured), and switches on the demo tenant.</li>
 * </ul>
 * A configured URL ({@code QUARKUS_DATASOURCE_REACTIVE_URL}, or the system property) always wins, and then
 * nothing here happens: that is how Kubernetes runs it.
 */
public final class LocalRun {

    private static final Logger LOG = Logger.getLogger(LocalRun.class);
    private static final String LAUNCHER = "com.voicedesk.bootstrap.local.EmbeddedPostgresLauncher";

    private LocalRun() {
    }

    public static void prepare() {
        if (isConfigured("quarkus.datasource.reactive.url") || isConfigured("quarkus.datasource.jdbc.url")) {
            return;
        }
        if ("false".equalsIgnoreCase(setting("voicedesk.embedded-postgres.enabled"))) {
            LOG.warn("No datasource URL is configured and the embedded PostgreSQL is switched off; "
                    + "set QUARKUS_DATASOURCE_REACTIVE_URL and QUARKUS_DATASOURCE_JDBC_URL");
            return;
        }
        Path dataDir = Path.of(orDefault(setting("voicedesk.data-dir"), ".voicedesk")).toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            DatabaseUrls urls = startEmbedded(dataDir.resolve("postgres"));
            System.setProperty("quarkus.datasource.reactive.url", urls.reactive());
            System.setProperty("quarkus.datasource.jdbc.url", urls.jdbc());
            System.setProperty("quarkus.datasource.username", urls.username());
            System.setProperty("quarkus.datasource.password", urls.password());
            LOG.infof("Embedded PostgreSQL is up at %s (data in %s)", urls.jdbc(), dataDir.resolve("postgres"));

            if (!isConfigured("voicedesk.security.master-key")) {
                System.setProperty("voicedesk.security.master-key",
                        readOrCreate(dataDir.resolve("master.key"), 32, "master key for provider credentials"));
            }
            if (!isConfigured("voicedesk.operator-token")) {
                System.setProperty("voicedesk.operator-token",
                        readOrCreate(dataDir.resolve("operator-token"), 24, "operator token for /admin"));
            }
            if (!isConfigured("voicedesk.demo.enabled")) {
                System.setProperty("voicedesk.demo.enabled", "true");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare the local data directory " + dataDir, e);
        }
    }

    /** Loaded by name so that a native image, which always runs against a configured server, never reaches it. */
    private static DatabaseUrls startEmbedded(Path pgData) {
        try {
            Class<?> launcher = Class.forName(LAUNCHER);
            return (DatabaseUrls) launcher.getMethod("start", Path.class).invoke(null, pgData);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("Cannot start the embedded PostgreSQL: " + cause.getMessage()
                    + ". Configure QUARKUS_DATASOURCE_REACTIVE_URL and QUARKUS_DATASOURCE_JDBC_URL instead.", cause);
        }
    }

    private static String readOrCreate(Path file, int bytes, String what) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        String value = Base64.getEncoder().encodeToString(random);
        Files.writeString(file, value + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the file stays with default permissions
        }
        LOG.infof("Created the %s in %s", what, file);
        return value;
    }

    static boolean isConfigured(String property) {
        String value = setting(property);
        return value != null && !value.isBlank();
    }

    /** A setting as Quarkus would see it from the two sources present before it starts: system property, env. */
    static String setting(String property) {
        String value = System.getProperty(property);
        if (value != null) {
            return value;
        }
        String env = property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        return System.getenv(env);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
