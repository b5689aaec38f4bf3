package com.voicedesk.bootstrap.telephony;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A local server speaking Deepgram's live-streaming protocol (linear16, 8 kHz), started once for the
 * telephony tests. It does not recognise words: for each second of audio it answers an interim and then a
 * final result, whose text is {@code "part N"} when that second holds speech (RMS above a threshold) and
 * empty when it is silence, as Deepgram does. Behaviour is chosen by the API key: a key starting with
 * {@code drop-} makes the first connection with that key vanish after two finals; with a key
 * {@code say-<words-with-dashes>} it "recognises" those words in every second of speech. Every connection's
 * audio is kept (SHA-256 and length) so tests can check that it arrived whole.
 */
public final class LocalDeepgram implements QuarkusTestResourceLifecycleManager {

    static final int BYTES_PER_SECOND = 16_000;
    private static final double SPEECH_RMS = 300;

    /** What one connection received. */
    public record Connection(String key, String query, Buffer audio, List<String> control) {
        @Override
        public String toString() {
            return "Connection[key=" + key + ", audio=" + audio.length() + " bytes, control=" + control + "]";
        }

        public String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(audio.getBytes()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Vertx vertx;
    private static HttpServer server;
    static final List<Connection> CONNECTIONS = new CopyOnWriteArrayList<>();
    private static final Map<String, Integer> CONNECTIONS_BY_KEY = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            vertx = Vertx.vertx();
            server = vertx.createHttpServer().webSocketHandler(LocalDeepgram::serve).listen(0, "localhost")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The local Deepgram server did not start", e);
        }
        return Map.of("voicedesk.deepgram.url", "ws://localhost:" + server.actualPort() + "/v1/listen");
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    static List<Connection> connectionsFor(String key) {
        return CONNECTIONS.stream().filter(c -> c.key().equals(key)).toList();
    }

    private static void serve(ServerWebSocket ws) {
        String auth = ws.headers().get("Authorization");
        String key = auth == null ? "" : auth.replaceFirst("^Token ", "");
        int nth = CONNECTIONS_BY_KEY.merge(key, 1, Integer::sum);
        Connection connection = new Connection(key, ws.query(), Buffer.buffer(), new CopyOnWriteArrayList<>());
        CONNECTIONS.add(connection);
        boolean drop = key.startsWith("drop-") && nth <= 2;
        long[] finalized = {0};
        int[] finals = {0};
        ws.binaryMessageHandler(buffer -> {
            synchronized (connection) {
                long before = connection.audio().length();
                connection.audio().appendBuffer(buffer);
                long received = connection.audio().length();
                if (before - finalized[0] < BYTES_PER_SECOND / 2 && received - finalized[0] >= BYTES_PER_SECOND / 2) {
                    ws.writeTextMessage(results(connection, finalized[0], received, false, finals[0]));
                }
                while (received - finalized[0] >= BYTES_PER_SECOND) {
                    ws.writeTextMessage(results(connection, finalized[0], finalized[0] + BYTES_PER_SECOND, true, finals[0]));
                    finalized[0] += BYTES_PER_SECOND;
                    finals[0]++;
                    if (drop && finals[0] == 2) {
                        ws.close((short) 1011, "local Deepgram dropped the connection");
                        return;
                    }
                }
            }
        });
        ws.textMessageHandler(text -> {
            connection.control().add(text);
            synchronized (connection) {
                long received = connection.audio().length();
                if (text.contains("Finalize") && received > finalized[0]) {
                    ws.writeTextMessage(results(connection, finalized[0], received, true, finals[0]));
                    finalized[0] = received;
                } else if (text.contains("CloseStream")) {
                    ws.writeTextMessage("{\"type\":\"Metadata\",\"request_id\":\"local\",\"channels\":1}");
                    ws.close((short) 1000);
                }
            }
        });
    }

    private static String results(Connection connection, long from, long to, boolean isFinal, int n) {
        boolean speech = rms(connection.audio(), (int) from, (int) to) > SPEECH_RMS;
        String text = !speech ? "" : connection.key().startsWith("say-")
                ? connection.key().substring(4).replace('-', ' ') : "part " + n;
        double start = from / (double) BYTES_PER_SECOND;
        double duration = (to - from) / (double) BYTES_PER_SECOND;
        return String.format(Locale.ROOT, "{\"type\":\"Results\",\"channel_index\":[0,1],\"start\":%.4f,\"duration\":%.4f,"
                        + "\"is_final\":%b,\"speech_final\":%b,\"channel\":{\"alternatives\":[{\"transcript\":\"%s\","
                        + "\"confidence\":0.93,\"words\":[]}]},\"metadata\":{\"request_id\":\"local\"}}",
                start, duration, isFinal, isFinal, text);
    }

    private static double rms(Buffer pcm, int from, int to) {
        double sum = 0;
        int samples = 0;
        for (int i = from; i + 1 < to; i += 2) {
            short s = pcm.getShortLE(i);
            sum += (double) s * s;
            samples++;
        }
        return samples == 0 ? 0 : Math.sqrt(sum / samples);
    }
}
