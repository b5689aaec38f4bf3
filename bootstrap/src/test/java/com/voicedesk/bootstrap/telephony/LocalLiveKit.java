package com.voicedesk.bootstrap.telephony;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import livekit.LivekitModels;
import livekit.LivekitRoom;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A local server speaking LiveKit's Twirp room API (protobuf bodies, as the server SDK sends them):
 * CreateRoom answers the room, SendData records the packet. {@code failing} answers every call with 503.
 */
final class LocalLiveKit implements AutoCloseable {

    record Packet(String room, String topic, String payload) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    final List<String> roomsCreated = new CopyOnWriteArrayList<>();
    final List<Packet> packets = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    LocalLiveKit() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (failing) {
                request.response().setStatusCode(503).end("unavailable");
                return;
            }
            try {
                Buffer answer;
                switch (request.path()) {
                    case "/twirp/livekit.RoomService/CreateRoom" -> {
                        LivekitRoom.CreateRoomRequest create = LivekitRoom.CreateRoomRequest.parseFrom(body.getBytes());
                        roomsCreated.add(create.getName());
                        answer = Buffer.buffer(LivekitModels.Room.newBuilder().setName(create.getName()).setSid("RM_local")
                                .setMetadata(create.getMetadata()).build().toByteArray());
                    }
                    case "/twirp/livekit.RoomService/SendData" -> {
                        LivekitRoom.SendDataRequest data = LivekitRoom.SendDataRequest.parseFrom(body.getBytes());
                        packets.add(new Packet(data.getRoom(), data.getTopic(), data.getData().toStringUtf8()));
                        answer = Buffer.buffer(LivekitRoom.SendDataResponse.getDefaultInstance().toByteArray());
                    }
                    default -> {
                        request.response().setStatusCode(404).end();
                        return;
                    }
                }
                request.response().putHeader("Content-Type", "application/protobuf").end(answer);
            } catch (Exception e) {
                request.response().setStatusCode(400).end(e.toString());
            }
        })).listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    String url() {
        return "http://localhost:" + server.actualPort();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
