package com.voicedesk.bootstrap.bench;

import com.voicedesk.domain.audio.MuLaw;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The benchmark's speech-to-text stand-in: speaks enough of Deepgram's live protocol (an empty final result per
 * second of audio, at a random phase per stream; Metadata and close on CloseStream) and timestamps every audio
 * frame on arrival. Each frame carries a marker (its first four samples: a message id in base 127, as mu-law codes)
 * that maps to the time the simulated Twilio peer sent it, in {@link #SENT_AT}.
 */
public final class SttStandIn implements QuarkusTestResourceLifecycleManager {

    static final int IDS = 1 << 22;
    /** The linear16 8 kHz mono audio VoiceDesk sends for a Twilio call. */
    private static final int BYTES_PER_SECOND = 16_000;
    static final AtomicLongArray SENT_AT = new AtomicLongArray(IDS);
    static final AtomicLong NEXT_ID = new AtomicLong(1);
    static final Histogram LATENCY = new Histogram();
    static final AtomicLong UNMARKED = new AtomicLong();
    /** Frames that carried a marker the peer sent: what "dropped" is counted against. */
    static final AtomicLong MARKED = new AtomicLong();
    /** Speech streams open right now (VoiceDesk opens one per track on its first audio). */
    static final AtomicInteger OPEN = new AtomicInteger();
    /** Where the measured window's seconds are counted from (latencies carry the second they were taken in). */
    static volatile long measureFromNanos;
    static volatile long standInThread = -1;
    private static Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try {
            HttpServer server = vertx.createHttpServer(new HttpServerOptions().setMaxWebSocketFrameSize(1 << 20))
                    .webSocketHandler(SttStandIn::serve).listen(0, "localhost")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            vertx.runOnContext(ignored -> standInThread = Thread.currentThread().threadId());
            ReadRounds.start(vertx);
            return Map.of("voicedesk.deepgram.url", "ws://localhost:" + server.actualPort() + "/v1/listen");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    /** Marks a mu-law chunk with a new id (first 4 bytes) and returns the id. */
    static long mark(byte[] mulaw) {
        long id = NEXT_ID.getAndIncrement() % 268_000_000L;
        long rest = id;
        for (int i = 0; i < 4; i++) {
            mulaw[i] = (byte) (rest % 127);
            rest /= 127;
        }
        return id;
    }

    /** The send time of the message whose audio this is (16-bit little-endian samples), or 0 for unmarked audio. */
    static long sentAt(byte[] pcm) {
        if (pcm.length < 8) {
            return 0;
        }
        long id = 0;
        for (int i = 3; i >= 0; i--) {
            int code = MuLaw.encode((short) ((pcm[i * 2] & 0xFF) | (pcm[i * 2 + 1] << 8))) & 0xFF;
            if (code > 126) {
                return 0;
            }
            id = id * 127 + code;
        }
        return SENT_AT.get((int) (id % IDS));
    }

    /** Seconds of 16-bit 8 kHz audio, as Deepgram writes them (milliseconds precision). */
    private static String seconds(long bytes) {
        return BigDecimal.valueOf(bytes * 1000 / BYTES_PER_SECOND, 3).toPlainString();
    }

    private static void serve(ServerWebSocket ws) {
        OPEN.incrementAndGet();
        ws.closeHandler(ignored -> OPEN.decrementAndGet());
        long[] bytes = {0};
        // one final result per second of audio, each stream at its own phase: independent calls' results do
        // not arrive together (in step, 600 streams would send theirs within the same ~100 ms every second)
        long[] finalized = {0};
        long[] nextFinal = {2 + 2L * ThreadLocalRandom.current().nextInt(BYTES_PER_SECOND / 2)};
        ws.binaryMessageHandler(buffer -> {
            long now = System.nanoTime();
            long sent = sentAt(buffer.getBytes(0, Math.min(8, buffer.length())));
            if (sent == 0) {
                UNMARKED.incrementAndGet();
            } else {
                MARKED.incrementAndGet();
                LATENCY.add(now, sent, measureFromNanos);
            }
            bytes[0] += buffer.length();
            while (bytes[0] >= nextFinal[0]) {
                ws.writeTextMessage("{\"type\":\"Results\",\"start\":" + seconds(finalized[0]) + ",\"duration\":"
                        + seconds(nextFinal[0] - finalized[0]) + ",\"is_final\":true,\"speech_final\":false,"
                        + "\"channel\":{\"alternatives\":[{\"transcript\":\"\",\"confidence\":0,\"words\":[]}]}}");
                finalized[0] = nextFinal[0];
                nextFinal[0] += BYTES_PER_SECOND;
            }
        });
        ws.textMessageHandler(text -> {
            if (text.contains("CloseStream")) {
                ws.writeTextMessage("{\"type\":\"Metadata\",\"request_id\":\"bench\"}");
                ws.close((short) 1000);
            }
        });
    }
}
