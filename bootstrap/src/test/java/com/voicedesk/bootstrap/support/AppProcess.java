package com.voicedesk.bootstrap.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code quarkus-run.jar}, built by {@code package}) as a separate process on a free
 * port, pointed at a given PostgreSQL: how *IT tests run several instances sharing one database. Its output
 * goes to {@code target/it-logs/<name>.log}.
 */
public final class AppProcess implements AutoCloseable {

    public static final String OPERATOR_TOKEN = "it-operator-token";
    public static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The packaged jar, when the build made one (failsafe passes its path). */
    public static Optional<Path> packagedJar() {
        return Optional.ofNullable(System.getProperty("voicedesk.app.jar")).map(Path::of).filter(Files::isRegularFile);
    }

    /** Starts an instance on the database and waits until it is ready. */
    public static AppProcess start(String name, Path jar, EmbeddedPostgres database, Map<String, String> settings,
                                   List<String> jvmOptions) {
        int port = freePort();
        String base = "localhost:" + database.getPort() + "/postgres";
        Map<String, String> properties = new TreeMap<>(Map.of(
                "quarkus.http.port", Integer.toString(port),
                "quarkus.datasource.reactive.url", "postgresql://" + base,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + base,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "voicedesk.operator-token", OPERATOR_TOKEN,
                "voicedesk.security.master-key", MASTER_KEY));
        properties.putAll(settings);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Path logs = jar.getParent().getParent().resolve("it-logs");
            Files.createDirectories(logs);
            Path log = logs.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            AppProcess app = new AppProcess(name, process, port, log);
            app.awaitReady(Duration.ofSeconds(180));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time the process has used so far. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name + " at " + url() + " (log " + log + ")";
    }
}
