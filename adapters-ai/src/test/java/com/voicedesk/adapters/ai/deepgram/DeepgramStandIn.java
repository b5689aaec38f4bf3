package com.voicedesk.adapters.ai.deepgram;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local server speaking Deepgram's live protocol for linear16 8 kHz: one final result per second of audio
 * received (an interim half-way), a final for the rest on Finalize, Metadata and a close on CloseStream.
 * {@code dropAfterFinals} > 0 makes the first connection vanish (no close frame) after that many finals.
 */
final class DeepgramStandIn implements AutoCloseable {

    static final int BYTES_PER_SECOND = 16_000;

    final Vertx vertx = Vertx.vertx();
    final List<String> queries = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<String> controlMessages = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    volatile int dropAfterFinals;
    volatile int rejectWithStatus;
    private final HttpServer server;

    DeepgramStandIn() throws Exception {
        server = vertx.createHttpServer().webSocketHandshakeHandler(handshake -> {
            if (rejectWithStatus > 0) {
                handshake.reject(rejectWithStatus);
            } else {
                handshake.accept();
            }
        }).webSocketHandler(this::serve).listen(0, "localhost").toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    int port() {
        return server.actualPort();
    }

    private void serve(ServerWebSocket ws) {
        int connection = connections.incrementAndGet();
        queries.add(ws.query());
        authorizations.add(ws.headers().get("Authorization"));
        long[] received = {0};
        long[] finalized = {0};
        int[] finals = {0};
        ws.binaryMessageHandler(buffer -> {
            received[0] += buffer.length();
            if (received[0] - finalized[0] >= BYTES_PER_SECOND / 2 && received[0] - buffer.length() - finalized[0] < BYTES_PER_SECOND / 2) {
                ws.writeTextMessage(results(finalized[0], received[0], false, "interim " + finals[0]));
            }
            while (received[0] - finalized[0] >= BYTES_PER_SECOND) {
                ws.writeTextMessage(results(finalized[0], finalized[0] + BYTES_PER_SECOND, true, "second " + finals[0]));
                finalized[0] += BYTES_PER_SECOND;
                finals[0]++;
                if (connection == 1 && dropAfterFinals > 0 && finals[0] == dropAfterFinals) {
                    // vanish: no close frame, as a dropped TCP connection would
                    ws.close((short) 1011, "stand-in dropped the connection");
                    return;
                }
            }
        });
        ws.textMessageHandler(text -> {
            controlMessages.add(text);
            if (text.contains("Finalize") && received[0] > finalized[0]) {
                ws.writeTextMessage(results(finalized[0], received[0], true, "rest " + finals[0]));
                finalized[0] = received[0];
            } else if (text.contains("CloseStream")) {
                ws.writeTextMessage("{\"type\":\"Metadata\",\"request_id\":\"req-" + connection + "\",\"duration\":"
                        + seconds(received[0]) + "}");
                ws.close((short) 1000);
            }
        });
    }

    private static String results(long fromBytes, long toBytes, boolean isFinal, String text) {
        double start = seconds(fromBytes);
        double duration = seconds(toBytes) - start;
        return String.format(Locale.ROOT, "{\"type\":\"Results\",\"channel_index\":[0,1],\"start\":%.3f,\"duration\":%.3f,"
                + "\"is_final\":%b,\"speech_final\":%b,\"channel\":{\"alternatives\":[{\"transcript\":\"%s\","
                + "\"confidence\":0.97,\"words\":[{\"word\":\"%s\",\"start\":%.3f,\"end\":%.3f,\"confidence\":0.97,"
                + "\"punctuated_word\":\"%s\"}]}]},\"metadata\":{\"request_id\":\"r\"}}", start, duration, isFinal, isFinal,
                text, text, start, start + duration, text);
    }

    private static double seconds(long bytes) {
        return bytes / (double) BYTES_PER_SECOND;
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
