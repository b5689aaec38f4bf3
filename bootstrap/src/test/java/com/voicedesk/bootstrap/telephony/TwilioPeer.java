package com.voicedesk.bootstrap.telephony;

import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;

import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Twilio's media stream client, as Twilio speaks it on {@code <Start><Stream track="both_tracks">}: connected,
 * start (with the custom parameters), media for each track in 20 ms chunks, stop.
 */
final class TwilioPeer implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final WebSocketClient client = vertx.createWebSocketClient();
    final CompletableFuture<Short> closedWith = new CompletableFuture<>();
    private WebSocket socket;
    private int sequence;

    TwilioPeer connect() throws Exception {
        socket = client.connect(new WebSocketConnectOptions().setHost("localhost").setPort(RestAssured.port)
                .setURI("/media/twilio")).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.closeHandler(ignored -> closedWith.complete(socket.closeStatusCode()));
        return this;
    }

    void send(String text) {
        socket.writeTextMessage(text);
    }

    void start(String accountSid, String callSid, String token) {
        send("{\"event\":\"connected\",\"protocol\":\"Call\",\"version\":\"1.0.0\"}");
        send("{\"event\":\"start\",\"sequenceNumber\":\"" + (++sequence) + "\",\"start\":{\"accountSid\":\"" + accountSid
                + "\",\"streamSid\":\"MZ" + callSid.substring(2) + "\",\"callSid\":\"" + callSid
                + "\",\"tracks\":[\"inbound\",\"outbound\"],\"customParameters\":{\"token\":\"" + token
                + "\"},\"mediaFormat\":{\"encoding\":\"audio/x-mulaw\",\"sampleRate\":8000,\"channels\":1}},"
                + "\"streamSid\":\"MZ" + callSid.substring(2) + "\"}");
    }

    /**
     * Streams the caller's audio on the inbound track and silence on the outbound track, 20 ms (160 bytes) a
     * message, {@code pace} between chunks (Twilio sends in real time, 20 ms; tests go faster).
     */
    void stream(byte[] callerMulaw, Duration pace) throws InterruptedException {
        for (int offset = 0, chunk = 1; offset < callerMulaw.length; offset += 160, chunk++) {
            byte[] audio = java.util.Arrays.copyOfRange(callerMulaw, offset, Math.min(offset + 160, callerMulaw.length));
            long timestamp = offset / 8;
            send(media("inbound", chunk, timestamp, audio));
            byte[] silence = new byte[audio.length];
            java.util.Arrays.fill(silence, (byte) 0xFF);
            send(media("outbound", chunk, timestamp, silence));
            if (!pace.isZero()) {
                Thread.sleep(pace.toMillis());
            }
        }
    }

    private String media(String track, int chunk, long timestamp, byte[] audio) {
        return "{\"event\":\"media\",\"sequenceNumber\":\"" + (++sequence) + "\",\"media\":{\"track\":\"" + track
                + "\",\"chunk\":\"" + chunk + "\",\"timestamp\":\"" + timestamp + "\",\"payload\":\""
                + Base64.getEncoder().encodeToString(audio) + "\"},\"streamSid\":\"MZ1\"}";
    }

    void stop(String callSid) {
        send("{\"event\":\"stop\",\"sequenceNumber\":\"" + (++sequence) + "\",\"stop\":{\"callSid\":\"" + callSid + "\"}}");
    }

    short awaitClose() throws Exception {
        return closedWith.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (socket != null && !socket.isClosed()) {
            socket.close();
        }
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
