package com.voicedesk.bootstrap.notifications;

import com.sun.net.httpserver.HttpServer;
import livekit.LivekitRoom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for LiveKit's RoomService speaking its Twirp wire format: {@code POST
 * /twirp/livekit.RoomService/SendData} with a protobuf {@code SendDataRequest}, answered with a protobuf
 * {@code SendDataResponse}. It records what it was sent, and can be told to fail with 503.
 */
final class LocalLiveKitRoomService implements AutoCloseable {

    /** A data packet as received, with the JWT claims (decoded, unverified) it was authorised with. */
    record Received(String room, String topic, List<String> destinations, String payload, String claims) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    LocalLiveKitRoomService() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/twirp/livekit.RoomService/SendData", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                failed.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            LivekitRoom.SendDataRequest request = LivekitRoom.SendDataRequest.parseFrom(body);
            received.add(new Received(request.getRoom(), request.getTopic(), List.copyOf(request.getDestinationIdentitiesList()),
                    request.getData().toStringUtf8(), claims(exchange.getRequestHeaders().getFirst("Authorization"))));
            byte[] response = LivekitRoom.SendDataResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/protobuf");
            exchange.sendResponseHeaders(200, response.length == 0 ? -1 : response.length);
            if (response.length > 0) {
                exchange.getResponseBody().write(response);
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The next {@code count} requests fail with 503. */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    int failedRequests() {
        return failed.get();
    }

    Received next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<Received> drain(Duration quiet) throws InterruptedException {
        List<Received> out = new ArrayList<>();
        Received r;
        while ((r = next(quiet)) != null) {
            out.add(r);
        }
        return out;
    }

    private static String claims(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        return parts.length < 2 ? null : new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
