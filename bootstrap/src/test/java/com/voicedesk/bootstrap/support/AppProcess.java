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
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The packaged service ({@code quarkus-run.jar}, built by {@code package}) as a separate process on a free
 * port, pointed at a given PostgreSQL: how *IT tests run several instances sharing one database. Its output
 * goes to {@code target/it-logs/<name>.log}.
 */
public final class AppProcess implements AutoCloseable {

    public static final String OPERATOR_TOKEN = "it-operator-token";
    public static final String MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    /** USER_HZ: 100 on every Linux architecture Java runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;
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

    /**
     * CPU time of the process's threads whose name matches (Linux: {@code /proc/<pid>/task/<tid>/stat}, names cut
     * to 15 characters; zero where there is no /proc).
     */
    public Duration threadCpuTime(Predicate<String> name) {
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        if (!Files.isDirectory(tasks)) {
            return Duration.ZERO;
        }
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open || !name.test(stat.substring(open + 1, close))) {
                    continue;
                }
                // after the name: state is field 3, utime 14, stime 15
                String[] fields = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
        } catch (IOException e) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ticks * 1000 / CLOCK_TICKS_PER_SECOND);
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
