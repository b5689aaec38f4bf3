package com.voicedesk.bootstrap.notifications;

import com.voicedesk.bootstrap.support.AppProcess;
import com.voicedesk.bootstrap.support.EmbeddedPostgresTestResource;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.parsetools.RecordParser;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event accepted to SSE received, across two instances on one database, beside the raw NOTIFY-to-LISTEN round
 * trip on the same database in the same run (the floor). Opt-in: see docs/benchmarks.md for the command.
 * <p>
 * {@code bench.admins} streams are opened, alternately on the two instances (separate processes of the packaged
 * service); after a warm-up, {@code bench.rate} events per second are posted for {@code bench.duration},
 * alternately to the two instances, each to every admin of its tenant (admins are spread over
 * {@code bench.tenants}). Each delivery's latency is measured from the notification's {@code createdAt} (when the
 * service accepted it; server clock, same host), from its 202 arriving at the client, and, conservatively, from
 * just before the POST was sent. Every stream checks it got each of its events exactly once.
 */
@EnabledIfSystemProperty(named = "bench.notifications", matches = "true")
class NotificationLatencyBenchmarkIT {

    private static final Duration DURATION = Duration.parse("PT" + System.getProperty("bench.duration", "60s").toUpperCase(Locale.ROOT));
    private static final int RATE = Integer.getInteger("bench.rate", 100);
    private static final int ADMINS = Integer.getInteger("bench.admins", 200);
    private static final int TENANTS = Integer.getInteger("bench.tenants", 1);
    /** The warm-up's limit; it ends earlier once the JIT compilers are quiet (see {@link #warmUp}). */
    private static final Duration WARMUP = Duration.parse("PT" + System.getProperty("bench.warmup", "300s").toUpperCase(Locale.ROOT));
    private static final Duration MIN_WARMUP = Duration.ofSeconds(30);
    private static final Duration WARMUP_WINDOW = Duration.ofSeconds(10);
    /** Compiler threads' CPU, as a share of one core per instance, under which the JIT counts as settled. */
    private static final double JIT_QUIET = 0.05;
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final List<String> JVM_OPTIONS = System.getProperty("bench.jvm-options", "").isBlank()
            ? List.of() : List.of(System.getProperty("bench.jvm-options").strip().split("\\s+"));

    @Test
    void eventToStreamLatencyAcrossTwoInstances() throws Exception {
        Path jar = AppProcess.packagedJar().orElse(null);
        Assumptions.assumeTrue(jar != null, "needs the packaged application (mvn verify)");
        EmbeddedPostgres database = EmbeddedPostgresTestResource.server();

        try (AppProcess first = AppProcess.start("bench-1", jar, database, Map.of(), JVM_OPTIONS);
             AppProcess second = AppProcess.start("bench-2", jar, database, Map.of(), JVM_OPTIONS);
             Floor floor = new Floor(database)) {
            AppProcess[] instances = {first, second};
            Samples idleFloor = floor.measure(200, Duration.ofMillis(10));

            String[] keys = new String[TENANTS];
            for (int t = 0; t < TENANTS; t++) {
                keys[t] = NotificationCrossInstanceIT.newTenantKey(first);
            }
            int events = (int) (DURATION.toSeconds() * RATE);
            AtomicLongArray sentAt = new AtomicLongArray(events);
            AtomicLongArray acceptedAt = new AtomicLongArray(events);
            // the clients run on their own event loop: 200 JDK-client streams would cost more CPU than the servers
            Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
            HttpClient streams = vertx.createHttpClient(new HttpClientOptions().setIdleTimeout(0),
                    new PoolOptions().setHttp1MaxSize(ADMINS));
            HttpClient http = vertx.createHttpClient(new HttpClientOptions(), new PoolOptions().setHttp1MaxSize(64));
            List<Receiver> receivers = new ArrayList<>();
            for (int a = 0; a < ADMINS; a++) {
                Receiver receiver = new Receiver(a % TENANTS, events);
                String key = keys[a % TENANTS];
                URI url = URI.create(instances[a % 2].url() + "/api/notifications/stream?admin=admin-" + a);
                int status = streams.request(HttpMethod.GET, url.getPort(), url.getHost(), url.getRawPath() + "?" + url.getRawQuery())
                        .compose(request -> request.putHeader("Authorization", "Bearer " + key)
                                .putHeader("Accept", "text/event-stream").send())
                        .map(response -> {
                            response.handler(RecordParser.newDelimited("\n\n", receiver::onFrame));
                            return response.statusCode();
                        })
                        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                assertThat(status).isEqualTo(200);
                receivers.add(receiver);
            }

            // warm-up (the JIT compiles the hot paths): same streams, same rate, not measured
            WarmUp warmUp = warmUp(http, instances, keys, receivers);

            // load, with the floor sampled alongside it
            AtomicInteger next = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            Duration cpuBefore = first.cpuTime().plus(second.cpuTime());
            Duration clientCpuBefore = ownCpu();
            Duration databaseCpuBefore = floor.databaseCpu();
            long started = System.nanoTime();
            pacer.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i >= events) {
                    return;
                }
                URI url = URI.create(instances[i % 2].url());
                String body = "{\"type\":\"NEW_LEAD\",\"title\":\"e" + i + "\",\"message\":\"Wedding, 150 guests\","
                        + "\"link\":\"/contacts/" + i + "\",\"data\":{\"n\":" + i + "}}";
                sentAt.set(i, System.nanoTime());
                http.request(HttpMethod.POST, url.getPort(), url.getHost(), "/api/events")
                        .compose(request -> request.putHeader("Authorization", "Bearer " + keys[i % TENANTS])
                                .putHeader("Content-Type", "application/json").send(body))
                        .onComplete(result -> {
                            if (result.succeeded() && result.result().statusCode() == 202) {
                                acceptedAt.set(i, System.nanoTime());
                            } else {
                                if (refused.incrementAndGet() <= 3) {
                                    System.out.println("event " + i + " refused: "
                                            + (result.succeeded() ? "HTTP " + result.result().statusCode() : result.cause()));
                                }
                            }
                        });
            }, 0, 1_000_000_000L / RATE, TimeUnit.NANOSECONDS);
            Samples loadedFloor = floor.measureUntil(started + DURATION.toNanos(), Duration.ofMillis(100));
            while (next.get() < events) {
                Thread.sleep(10);
            }
            pacer.shutdown();
            long loadSeconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);

            long deadline = System.nanoTime() + GRACE.toNanos();
            while (System.nanoTime() < deadline && receivers.stream().anyMatch(r -> r.received() < expected(r, acceptedAt))) {
                Thread.sleep(50);
            }
            Duration serverCpu = first.cpuTime().plus(second.cpuTime()).minus(cpuBefore);
            Duration clientCpu = ownCpu().minus(clientCpuBefore);
            Duration databaseCpu = floor.databaseCpu().minus(databaseCpuBefore);
            // closing them explicitly also keeps both clients reachable until here (Vert.x closes unreachable ones)
            streams.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            http.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

            Report report = Report.of(receivers, sentAt, acceptedAt, refused.get(), idleFloor, loadedFloor, loadSeconds,
                    new Cpu(serverCpu, clientCpu, databaseCpu), warmUp);
            report.print();
            assertThat(refused.get()).as("events refused").isZero();
            assertThat(report.lost).as("deliveries lost").isZero();
            assertThat(report.duplicates).as("deliveries duplicated").isZero();
        }
    }

    /**
     * Events titled "w<n>", which the receivers ignore, at the benchmark's rate, in windows of
     * {@link #WARMUP_WINDOW}, until the JIT has settled: after at least {@link #MIN_WARMUP}, the first window in
     * which the compiler threads of each instance used under {@link #JIT_QUIET} of a core; at most
     * {@link #WARMUP}. A 2-core machine gives each JVM one C2 thread, and at this rate it compiles for minutes:
     * measured before it is done, the run measures the JIT competing with the service for the cores.
     */
    private static WarmUp warmUp(HttpClient http, AppProcess[] instances, String[] keys, List<Receiver> receivers)
            throws Exception {
        long started = System.nanoTime();
        AtomicInteger posted = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicIntegerArray acceptedPerTenant = new AtomicIntegerArray(TENANTS);
        // without /proc the compilers cannot be watched: the warm-up then runs to its limit
        boolean watchable = Files.isDirectory(Path.of("/proc/self/task"));
        Duration compilingBefore = compilerCpu(instances);
        double quiet = Double.NaN;
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        Runnable post = () -> {
            int n = posted.getAndIncrement();
            URI url = URI.create(instances[n % 2].url());
            http.request(HttpMethod.POST, url.getPort(), url.getHost(), "/api/events")
                    .compose(request -> request.putHeader("Authorization", "Bearer " + keys[n % TENANTS])
                            .putHeader("Content-Type", "application/json")
                            .send("{\"type\":\"NEW_LEAD\",\"title\":\"w" + n + "\"}"))
                    .onComplete(result -> {
                        if (result.succeeded() && result.result().statusCode() == 202) {
                            acceptedPerTenant.incrementAndGet(n % TENANTS);
                        }
                        done.incrementAndGet();
                    });
        };
        // paced like the measured load (a fixed rate, no drift); a window ends when a task scheduled at its end has run
        ScheduledFuture<?> posting = pacer.scheduleAtFixedRate(post, 0, 1_000_000_000L / RATE, TimeUnit.NANOSECONDS);
        while (true) {
            pacer.schedule(() -> { }, WARMUP_WINDOW.toNanos(), TimeUnit.NANOSECONDS).get();
            Duration compiling = compilerCpu(instances);
            if (watchable) {
                quiet = compiling.minus(compilingBefore).toNanos() / (double) WARMUP_WINDOW.toNanos() / instances.length;
            }
            compilingBefore = compiling;
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            if (elapsed.compareTo(WARMUP) >= 0 || elapsed.compareTo(MIN_WARMUP) >= 0 && quiet < JIT_QUIET) {
                break;
            }
        }
        posting.cancel(false);
        pacer.shutdown();
        long deadline = System.nanoTime() + GRACE.toNanos();
        // the measured load starts once every warm-up event is answered and delivered to each admin of its tenant
        while (System.nanoTime() < deadline && (done.get() < posted.get()
                || receivers.stream().anyMatch(r -> r.warmUpReceived() < acceptedPerTenant.get(r.tenant)))) {
            Thread.sleep(50);
        }
        return new WarmUp(Duration.ofNanos(System.nanoTime() - started).truncatedTo(ChronoUnit.SECONDS), quiet);
    }

    /** How long the warm-up took, and the compiler threads' share of a core in its last window. */
    record WarmUp(Duration took, double jitShare) {
    }

    /** CPU over the measured window: both instances, this JVM (load generator and streams), PostgreSQL. */
    record Cpu(Duration server, Duration client, Duration database) {
    }

    /** The JIT compiler threads' CPU in all instances (Linux: their /proc entries; zero elsewhere). */
    private static Duration compilerCpu(AppProcess[] instances) {
        Duration total = Duration.ZERO;
        for (AppProcess instance : instances) {
            total = total.plus(instance.threadCpuTime(name -> name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")));
        }
        return total;
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static long expected(Receiver receiver, AtomicLongArray acceptedAt) {
        long count = 0;
        for (int i = receiver.tenant; i < acceptedAt.length(); i += TENANTS) {
            if (acceptedAt.get(i) != 0) {
                count++;
            }
        }
        return count;
    }

    /** One admin's stream: which events arrived (once each) and when. */
    static final class Receiver {
        final int tenant;
        final BitSet seen;
        final long[] receivedAt;
        /** Microseconds from the notification's createdAt (the server's clock, same host) to receipt. */
        final long[] sinceCreatedMicros;
        private int received;
        private int duplicates;
        private int warmUpReceived;

        Receiver(int tenant, int events) {
            this.tenant = tenant;
            this.seen = new BitSet(events);
            this.receivedAt = new long[events];
            this.sinceCreatedMicros = new long[events];
        }

        /** One SSE event (the text between blank lines); comments and other events are skipped. */
        synchronized void onFrame(Buffer frame) {
            long now = System.nanoTime();
            Instant wallNow = Instant.now();
            String text = frame.toString(StandardCharsets.UTF_8);
            if (!text.contains("event:notification") && !text.contains("event: notification")) {
                return;
            }
            int at = text.indexOf("\"title\":\"e");
            if (at < 0) {
                warmUpReceived++;
                return;
            }
            int from = at + 10;
            int to = text.indexOf('"', from);
            int i = Integer.parseInt(text, from, to, 10);
            if (seen.get(i)) {
                duplicates++;
                return;
            }
            seen.set(i);
            receivedAt[i] = now;
            int created = text.indexOf("\"createdAt\":\"") + 13;
            Instant createdAt = Instant.parse(text.substring(created, text.indexOf('"', created)));
            sinceCreatedMicros[i] = ChronoUnit.MICROS.between(createdAt, wallNow);
            received++;
        }

        synchronized int received() {
            return received;
        }

        synchronized int warmUpReceived() {
            return warmUpReceived;
        }
    }

    /** Latency samples in nanoseconds. */
    static final class Samples {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }

        static double percentileMs(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    /** The raw NOTIFY-to-LISTEN round trip on the same database, over two plain JDBC connections. */
    static final class Floor implements AutoCloseable {
        private final Connection listening;
        private final Connection sending;
        private final Thread listener;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private volatile Samples current = new Samples();
        private final Optional<ProcessHandle> postmaster;

        Floor(EmbeddedPostgres database) throws SQLException {
            String url = database.getJdbcUrl("postgres", "postgres");
            listening = DriverManager.getConnection(url);
            sending = DriverManager.getConnection(url);
            try (Statement s = listening.createStatement()) {
                s.execute("LISTEN bench_floor");
            }
            try (Statement s = sending.createStatement();
                 ResultSet dir = s.executeQuery("select setting from pg_settings where name = 'data_directory'")) {
                dir.next();
                // the first line of postmaster.pid is the server's pid; its backends are its children
                postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(Path.of(dir.getString(1), "postmaster.pid")).getFirst().strip()));
            } catch (IOException e) {
                throw new SQLException("Cannot find the PostgreSQL server's process", e);
            }
            PGConnection pg = listening.unwrap(PGConnection.class);
            listener = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    try {
                        PGNotification[] notes = pg.getNotifications(200);
                        long now = System.nanoTime();
                        if (notes != null) {
                            for (PGNotification note : notes) {
                                current.add(now - Long.parseLong(note.getParameter()));
                            }
                        }
                    } catch (SQLException e) {
                        return;
                    }
                }
            });
        }

        Samples measure(int count, Duration every) throws Exception {
            Samples samples = new Samples();
            current = samples;
            for (int i = 0; i < count; i++) {
                ping();
                Thread.sleep(every.toMillis());
            }
            Thread.sleep(200);
            return samples;
        }

        Samples measureUntil(long deadlineNanos, Duration every) throws Exception {
            Samples samples = new Samples();
            current = samples;
            while (System.nanoTime() < deadlineNanos) {
                ping();
                Thread.sleep(every.toMillis());
            }
            Thread.sleep(200);
            return samples;
        }

        private void ping() throws SQLException {
            try (Statement s = sending.createStatement()) {
                s.execute("select pg_notify('bench_floor', '" + System.nanoTime() + "')");
            }
        }

        /** CPU of the PostgreSQL server and its live backends (the pools' connections live through the run). */
        Duration databaseCpu() {
            return postmaster.stream().flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))
                    .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                    .reduce(Duration.ZERO, Duration::plus);
        }

        @Override
        public void close() throws SQLException {
            running.set(false);
            listening.close();
            sending.close();
        }
    }

    record Report(long expected, long delivered, long lost, long duplicates, int refused, long[] fromSent,
                  long[] fromAccepted, long[] fromCreated, long[] idleFloor, long[] loadedFloor, long loadSeconds, Cpu cpu,
                  WarmUp warmUp, long accepted) {

        static Report of(List<Receiver> receivers, AtomicLongArray sentAt, AtomicLongArray acceptedAt, int refused,
                         Samples idleFloor, Samples loadedFloor, long loadSeconds, Cpu cpu, WarmUp warmUp) {
            Samples fromSent = new Samples();
            Samples fromAccepted = new Samples();
            Samples fromCreated = new Samples();
            long expected = 0;
            long delivered = 0;
            long duplicates = 0;
            for (Receiver r : receivers) {
                synchronized (r) {
                    duplicates += r.duplicates;
                    for (int i = r.tenant; i < sentAt.length(); i += TENANTS) {
                        if (acceptedAt.get(i) == 0) {
                            continue;
                        }
                        expected++;
                        if (r.seen.get(i)) {
                            delivered++;
                            fromSent.add(r.receivedAt[i] - sentAt.get(i));
                            fromAccepted.add(r.receivedAt[i] - acceptedAt.get(i));
                            fromCreated.add(r.sinceCreatedMicros[i] * 1000);
                        }
                    }
                }
            }
            return new Report(expected, delivered, expected - delivered, duplicates, refused, fromSent.sorted(),
                    fromAccepted.sorted(), fromCreated.sorted(), idleFloor.sorted(), loadedFloor.sorted(), loadSeconds, cpu,
                    warmUp, sentAt.length() - refused);
        }

        void print() throws IOException {
            double p50 = Samples.percentileMs(fromCreated, 50);
            double p99 = Samples.percentileMs(fromCreated, 99);
            double floor50 = Samples.percentileMs(loadedFloor, 50);
            double floor99 = Samples.percentileMs(loadedFloor, 99);
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%nNotification delivery benchmark: %d admins (%d tenant(s)), %d events/s for %ds, two instances, one database (%d cores)%n",
                    ADMINS, TENANTS, RATE, DURATION.toSeconds(), Runtime.getRuntime().availableProcessors()));
            out.append(String.format(Locale.ROOT, "  deliveries: expected %d, delivered %d, lost %d, duplicated %d, events refused %d (%.0f deliveries/s)%n",
                    expected, delivered, lost, duplicates, refused, delivered / (double) loadSeconds));
            out.append(Double.isNaN(warmUp.jitShare())
                    ? String.format(Locale.ROOT, "  warm-up: %d s (the limit: JIT activity cannot be read here)%n", warmUp.took().toSeconds())
                    : String.format(Locale.ROOT, "  warm-up: %d s, until the JIT compilers used %.1f%% of a core per instance (limit %d s)%n",
                    warmUp.took().toSeconds(), warmUp.jitShare() * 100, WARMUP.toSeconds()));
            out.append(String.format(Locale.ROOT, "  server CPU (both instances): %.1f s, %.0f us per delivery, %.2f ms per event%n",
                    cpu.server().toMillis() / 1000.0, cpu.server().toNanos() / 1000.0 / Math.max(1, delivered),
                    cpu.server().toNanos() / 1e6 / Math.max(1, accepted)));
            out.append(String.format(Locale.ROOT, "  PostgreSQL CPU: %.1f s, %.2f ms per event%n",
                    cpu.database().toMillis() / 1000.0, cpu.database().toNanos() / 1e6 / Math.max(1, accepted)));
            out.append(String.format(Locale.ROOT, "  load generator and %d stream clients (this JVM, same machine): %.1f s CPU%n",
                    ADMINS, cpu.client().toMillis() / 1000.0));
            out.append(String.format(Locale.ROOT, "  %-42s %9s %9s %9s %9s%n", "latency (ms)", "p50", "p90", "p99", "max"));
            row(out, "accepted (stored, createdAt) -> SSE received", fromCreated);
            row(out, "202 response at client -> SSE received", fromAccepted);
            row(out, "POST sent -> SSE received (conservative)", fromSent);
            row(out, "floor: NOTIFY -> LISTEN, during the load", loadedFloor);
            row(out, "floor: NOTIFY -> LISTEN, idle", idleFloor);
            out.append(String.format(Locale.ROOT, "  ratio to the floor under load (accepted -> received): p50 x%.1f, p99 x%.1f%n", p50 / floor50, p99 / floor99));
            out.append(String.format(Locale.ROOT, "  goal p99 < 100 ms (accepted -> received): %s (conservative, from POST sent: %s); zero lost or duplicated: %s%n",
                    p99 < 100 ? "met" : "NOT met", Samples.percentileMs(fromSent, 99) < 100 ? "met" : "not met",
                    lost == 0 && duplicates == 0 ? "met" : "NOT met"));
            System.out.print(out);
            Path file = Path.of("target", "benchmarks", "notifications.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
        }

        private static void row(StringBuilder out, String label, long[] sorted) {
            out.append(String.format(Locale.ROOT, "  %-42s %9.1f %9.1f %9.1f %9.1f%n", label,
                    Samples.percentileMs(sorted, 50), Samples.percentileMs(sorted, 90), Samples.percentileMs(sorted, 99),
                    Samples.percentileMs(sorted, 100)));
        }
    }
}
