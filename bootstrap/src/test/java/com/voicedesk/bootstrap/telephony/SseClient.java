package com.voicedesk.bootstrap.telephony;

import io.restassured.RestAssured;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream in the background, event by event. */
final class SseClient implements AutoCloseable {

    record Event(String id, String name, String data) {
    }

    final List<Event> events = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> status = new CompletableFuture<>();
    final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile Stream<String> lines;

    SseClient(String path, String apiKey, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + apiKey).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            status.complete(response.statusCode());
            lines = response.body();
            String[] id = {null};
            String[] name = {null};
            StringBuilder data = new StringBuilder();
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty() || name[0] != null) {
                        events.add(new Event(id[0], name[0], data.toString()));
                    }
                    id[0] = null;
                    name[0] = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id[0] = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            });
            ended.complete(null);
        }).exceptionally(e -> {
            status.completeExceptionally(e);
            ended.complete(null);
            return null;
        });
    }

    List<Event> named(String name) {
        return events.stream().filter(e -> name.equals(e.name())).toList();
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
        http.shutdownNow();
    }
}
