package com.voicedesk.bootstrap.support;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import livekit.LivekitEgress;
import livekit.LivekitModels;
import livekit.LivekitRoom;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for LiveKit's server API: Twirp over HTTP, protobuf bodies at
 * {@code /twirp/livekit.RoomService/<Method>} and {@code /twirp/livekit.Egress/<Method>}, bearer JWTs. It records
 * every request and answers as LiveKit would, unless a test scripted a failure or a delay for a method.
 */
public final class FakeLiveKit implements AutoCloseable {

    /** A request as received. */
    public record Request(String path, String authorization, byte[] body, Instant at) {

        public String method() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        public <T extends Message> T parse(Parser<T> parser) {
            try {
                return parser.parseFrom(body);
            } catch (InvalidProtocolBufferException e) {
                throw new AssertionError("Not a protobuf body on " + path, e);
            }
        }

        /** The bearer JWT, verified with the tenant's secret as LiveKit would (signature, issuer, expiry). */
        public DecodedJWT verifiedToken(String apiKey, String secret) {
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                throw new AssertionError("No bearer token on " + path + ": " + authorization);
            }
            return JWT.require(Algorithm.HMAC256(secret)).withIssuer(apiKey).build().verify(authorization.substring(7));
        }

        /** The unverified issuer: which tenant's key signed the request. */
        public String issuer() {
            return authorization == null ? null : JWT.decode(authorization.substring(7)).getIssuer();
        }
    }

    private record Scripted(int status, long delayMillis) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Scripted>> scripts = new ConcurrentHashMap<>();
    private final AtomicInteger egressIds = new AtomicInteger();

    private FakeLiveKit(HttpServer server) {
        this.server = server;
    }

    private static FakeLiveKit shared;

    /**
     * One server for the whole test JVM: tests tell their tenants apart by API key, so they can share it. It stops
     * with the JVM.
     */
    public static synchronized FakeLiveKit shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(shared::close));
        }
        return shared;
    }

    public static FakeLiveKit start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeLiveKit fake = new FakeLiveKit(server);
            server.createContext("/twirp/", fake::handle);
            server.setExecutor(fake.executor);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the fake LiveKit", e);
        }
    }

    /** What a tenant configures as its LiveKit URL (the browser's wss:// URL in production). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The tenant's next {@code times} calls of {@code method} (such as "CreateRoom") answer with this HTTP status. */
    public void failNext(String apiKey, String method, int status, int times) {
        for (int i = 0; i < times; i++) {
            scripts.computeIfAbsent(apiKey + "/" + method, m -> new ConcurrentLinkedDeque<>()).add(new Scripted(status, 0));
        }
    }

    /** The tenant's next {@code times} calls of {@code method} answer normally, but only after {@code millis}. */
    public void delayNext(String apiKey, String method, long millis, int times) {
        for (int i = 0; i < times; i++) {
            scripts.computeIfAbsent(apiKey + "/" + method, m -> new ConcurrentLinkedDeque<>()).add(new Scripted(200, millis));
        }
    }

    /** Requests signed with this API key, oldest first. */
    public List<Request> requests(String apiKey) {
        return requests.stream().filter(r -> apiKey.equals(r.issuer())).toList();
    }

    public List<Request> requests(String apiKey, String method) {
        return requests(apiKey).stream().filter(r -> r.method().equals(method)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Request request = new Request(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body, Instant.now());
            requests.add(request);
            Deque<Scripted> script = scripts.get(request.issuer() + "/" + request.method());
            Scripted next = script == null ? null : script.poll();
            if (next != null && next.delayMillis() > 0) {
                sleep(next.delayMillis());
            }
            if (next != null && next.status() != 200) {
                reply(exchange, next.status(), "application/json",
                        ("{\"code\":\"" + (next.status() >= 500 ? "unavailable" : "invalid_argument")
                                + "\",\"msg\":\"scripted failure\"}").getBytes(StandardCharsets.UTF_8));
                return;
            }
            Message answer = answer(request);
            if (answer == null) {
                reply(exchange, 404, "application/json",
                        "{\"code\":\"bad_route\",\"msg\":\"no such method\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            reply(exchange, 200, "application/protobuf", answer.toByteArray());
        }
    }

    private Message answer(Request request) {
        long nowNanos = Instant.now().toEpochMilli() * 1_000_000L;
        return switch (request.method()) {
            case "CreateRoom" -> {
                LivekitRoom.CreateRoomRequest create = request.parse(LivekitRoom.CreateRoomRequest.parser());
                yield LivekitModels.Room.newBuilder().setName(create.getName()).setSid("RM_" + create.getName().hashCode())
                        .setEmptyTimeout(create.getEmptyTimeout()).setMaxParticipants(create.getMaxParticipants())
                        .setMetadata(create.getMetadata()).setCreationTime(Instant.now().getEpochSecond()).build();
            }
            case "DeleteRoom" -> LivekitRoom.DeleteRoomResponse.getDefaultInstance();
            case "UpdateRoomMetadata" -> {
                LivekitRoom.UpdateRoomMetadataRequest update = request.parse(LivekitRoom.UpdateRoomMetadataRequest.parser());
                yield LivekitModels.Room.newBuilder().setName(update.getRoom()).setMetadata(update.getMetadata()).build();
            }
            case "ListParticipants" -> LivekitRoom.ListParticipantsResponse.newBuilder()
                    .addParticipants(LivekitModels.ParticipantInfo.newBuilder().setIdentity("ben").setName("Ben")
                            .setSid("PA_ben").setJoinedAt(Instant.now().getEpochSecond())
                            .addTracks(LivekitModels.TrackInfo.newBuilder().setSid("TR_mic")
                                    .setType(LivekitModels.TrackType.AUDIO)))
                    .build();
            case "SendData" -> LivekitRoom.SendDataResponse.getDefaultInstance();
            case "StartRoomCompositeEgress" -> {
                LivekitEgress.RoomCompositeEgressRequest start = request.parse(LivekitEgress.RoomCompositeEgressRequest.parser());
                yield LivekitEgress.EgressInfo.newBuilder().setEgressId("EG_rec" + egressIds.incrementAndGet())
                        .setRoomName(start.getRoomName()).setRoomComposite(start)
                        .setStatus(LivekitEgress.EgressStatus.EGRESS_STARTING).setUpdatedAt(nowNanos).build();
            }
            case "StartTrackEgress" -> {
                LivekitEgress.TrackEgressRequest start = request.parse(LivekitEgress.TrackEgressRequest.parser());
                yield LivekitEgress.EgressInfo.newBuilder().setEgressId("EG_tap" + egressIds.incrementAndGet())
                        .setRoomName(start.getRoomName()).setTrack(start)
                        .setStatus(LivekitEgress.EgressStatus.EGRESS_STARTING).setUpdatedAt(nowNanos).build();
            }
            case "StopEgress" -> {
                LivekitEgress.StopEgressRequest stop = request.parse(LivekitEgress.StopEgressRequest.parser());
                yield LivekitEgress.EgressInfo.newBuilder().setEgressId(stop.getEgressId())
                        .setStatus(LivekitEgress.EgressStatus.EGRESS_ENDING).setUpdatedAt(nowNanos).build();
            }
            default -> null;
        };
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
