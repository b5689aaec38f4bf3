package com.voicedesk.bootstrap.rooms;

import com.voicedesk.application.audio.AudioUsage;
import com.voicedesk.application.audio.MeteredAudioSessions;
import com.voicedesk.bootstrap.support.Api;
import com.voicedesk.bootstrap.support.FakeLiveKit;
import com.voicedesk.bootstrap.support.LiveKitTenant;
import com.voicedesk.bootstrap.support.Tenants;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.TenantRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import livekit.LivekitEgress;
import livekit.LivekitModels;
import livekit.LivekitWebhook;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 3's benchmark (docs/benchmarks.md), run on its own:
 * {@code ./mvnw -B -pl bootstrap -am verify -DskipITs -Dtest=LiveKitBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * (Its name does not end in Test, so the normal suite never runs it.)
 * <ol>
 *   <li>Audio tap ingest: STREAMS concurrent LiveKit track egresses, each pushing SECONDS of 48 kHz mono PCM in
 *       20 ms frames as fast as it can, through the signed WebSocket endpoint into the metered audio sessions.
 *       Baseline: real time (one second of audio per second per stream).</li>
 *   <li>Webhooks: DELIVERIES signed participant join/leave events from CONCURRENCY clients, each verified,
 *       deduplicated and applied in its own transaction. Baseline, in the same run: the same number of
 *       authenticated GET /api/presence reads at the same concurrency.</li>
 * </ol>
 */
@QuarkusTest
class LiveKitBenchmark {

    private static final Logger LOG = Logger.getLogger(LiveKitBenchmark.class);
    private static final int STREAMS = Integer.getInteger("bench.streams", 20);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int DELIVERIES = Integer.getInteger("bench.deliveries", 400);
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 16);
    private static final int FRAME_BYTES = 1920; // 20 ms at 48 kHz, 16-bit, mono

    private static final FakeLiveKit livekit = FakeLiveKit.shared();

    @Inject
    MeteredAudioSessions meter;
    @Inject
    TenantRepository tenants;

    @Test
    void audioTapIngestAgainstRealTime() throws Exception {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        TenantId tenantId = Tenants.idOf(tenants, tenant.slug());
        String contact = Api.createContact(tenant.tenant(), Map.of("name", "Bench Client"));
        String room = tenant.tenant().request().body(Map.of("contactId", contact, "adminIdentity", "ben"))
                .post("/api/consultations").then().statusCode(201).extract().path("consultation.room");
        for (int i = 0; i < STREAMS; i++) {
            tenant.deliver(LivekitWebhook.WebhookEvent.newBuilder().setEvent("track_published")
                    .setId("EV_bench_" + UUID.randomUUID()).setCreatedAt(System.currentTimeMillis() / 1000)
                    .setRoom(LivekitModels.Room.newBuilder().setName(room))
                    .setParticipant(LivekitModels.ParticipantInfo.newBuilder().setIdentity("speaker-" + i)
                            .putAttributes("voicedesk.role", "admin"))
                    .setTrack(LivekitModels.TrackInfo.newBuilder().setSid("TR_" + i)
                            .setSource(LivekitModels.TrackSource.MICROPHONE).setType(LivekitModels.TrackType.AUDIO))
                    .build()).then().statusCode(200);
        }
        List<URI> urls = await().atMost(Duration.ofSeconds(60)).until(
                () -> livekit.requests(tenant.apiKey(), "StartTrackEgress"), all -> all.size() == STREAMS).stream()
                .map(r -> URI.create("ws://localhost:" + RestAssured.port
                        + URI.create(r.parse(LivekitEgress.TrackEgressRequest.parser()).getWebsocketUrl()).getRawPath()))
                .toList();

        int frames = SECONDS * 50;
        HttpClient http = HttpClient.newHttpClient();
        List<WebSocket> sockets = new ArrayList<>();
        for (URI url : urls) {
            sockets.add(http.newWebSocketBuilder().buildAsync(url, new WebSocket.Listener() {
            }).join());
        }
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(STREAMS)) {
            List<Future<?>> senders = new ArrayList<>();
            for (WebSocket socket : sockets) {
                senders.add(pool.submit(() -> {
                    byte[] frame = new byte[FRAME_BYTES];
                    for (int f = 0; f < frames; f++) {
                        socket.sendBinary(ByteBuffer.wrap(frame), true).join();
                    }
                    return null;
                }));
            }
            for (Future<?> sender : senders) {
                sender.get();
            }
        }
        long expectedFrames = (long) STREAMS * frames;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> meter.usage().sessions()
                .stream().filter(s -> s.tenantId().equals(tenantId)).mapToLong(AudioUsage.Session::frames).sum() == expectedFrames);
        double wall = (System.nanoTime() - started) / 1e9;
        sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "done").join());

        double audioSeconds = (double) STREAMS * SECONDS;
        double throughput = audioSeconds / wall;
        LOG.infof("BENCH audio-tap: %d streams x %d s of 48 kHz PCM (%d frames of %d bytes) ingested in %.2f s wall",
                STREAMS, SECONDS, expectedFrames, FRAME_BYTES, wall);
        LOG.infof("BENCH audio-tap: %.0f s of audio per second = %.0f concurrent real-time streams' worth; "
                + "each stream ran at %.1fx real time (baseline: real time = 1.0x)", throughput, throughput, throughput / STREAMS);
        assertThat(throughput / STREAMS).as("each stream must be ingested faster than real time").isGreaterThan(1.0);
    }

    @Test
    void signedWebhooksAgainstAnAuthenticatedRead() throws Exception {
        LiveKitTenant tenant = LiveKitTenant.create(livekit);
        String room = tenant.room("collaboration-team");
        long now = System.currentTimeMillis();
        List<String[]> deliveries = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            boolean join = i % 2 == 0;
            String who = "admin-" + (i / 2);
            LivekitWebhook.WebhookEvent event = LivekitWebhook.WebhookEvent.newBuilder()
                    .setEvent(join ? "participant_joined" : "participant_left").setId("EV_bench_" + UUID.randomUUID())
                    .setCreatedAt(now / 1000 + (join ? 0 : 5)).setRoom(LivekitModels.Room.newBuilder().setName(room))
                    .setParticipant(LivekitModels.ParticipantInfo.newBuilder().setIdentity(who).setJoinedAtMs(now)
                            .putAttributes("voicedesk.role", "admin"))
                    .build();
            String body = LiveKitTenant.json(event);
            deliveries.add(new String[]{body, tenant.sign(body)});
        }
        HttpClient http = HttpClient.newHttpClient();
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        // Warm-up of both paths, not measured.
        timed(http, 40, i -> HttpRequest.newBuilder(URI.create(base + "/api/presence?identity=warm"))
                .header("Authorization", "Bearer " + tenant.tenant().apiKey()).GET().build());

        Result read = timed(http, DELIVERIES, i -> HttpRequest.newBuilder(URI.create(base + "/api/presence?identity=admin-" + i))
                .header("Authorization", "Bearer " + tenant.tenant().apiKey()).GET().build());
        Result hooks = timed(http, DELIVERIES, i -> HttpRequest.newBuilder(URI.create(base + "/webhooks/livekit"))
                .header("Content-Type", "application/webhook+json").header("Authorization", deliveries.get(i)[1])
                .POST(HttpRequest.BodyPublishers.ofString(deliveries.get(i)[0])).build());

        LOG.infof("BENCH webhooks: %d signed deliveries, %d concurrent: %.0f/s, p50 %.1f ms, p95 %.1f ms",
                DELIVERIES, CONCURRENCY, hooks.perSecond(), hooks.p50(), hooks.p95());
        LOG.infof("BENCH baseline GET /api/presence: %d reads, %d concurrent: %.0f/s, p50 %.1f ms, p95 %.1f ms",
                DELIVERIES, CONCURRENCY, read.perSecond(), read.p50(), read.p95());
        LOG.infof("BENCH webhooks vs baseline: throughput %.2fx, p50 latency %.2fx",
                hooks.perSecond() / read.perSecond(), hooks.p50() / read.p50());
        assertThat(hooks.failures()).isZero();
        assertThat(tenant.tenant().request().get("/api/presence").then().statusCode(200).extract().jsonPath().getList("$"))
                .isEmpty();
    }

    private record Result(double perSecond, double p50, double p95, long failures) {
    }

    private Result timed(HttpClient http, int count, java.util.function.IntFunction<HttpRequest> request) throws Exception {
        double[] millis = new double[count];
        long[] failures = new long[1];
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY)) {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                all.add(pool.submit((Callable<Void>) () -> {
                    long t = System.nanoTime();
                    int status = http.send(request.apply(n), HttpResponse.BodyHandlers.discarding()).statusCode();
                    millis[n] = (System.nanoTime() - t) / 1e6;
                    if (status != 200) {
                        synchronized (failures) {
                            failures[0]++;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Result(count / wall, sorted[count / 2], sorted[(int) (count * 0.95)], failures[0]);
    }
}
