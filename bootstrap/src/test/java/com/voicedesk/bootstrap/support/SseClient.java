package com.voicedesk.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client for tests and the benchmark, on the JDK's HTTP client: it parses the stream as
 * the EventSource spec says (fields, blank line ends an event, comments ignored) into a queue.
 */
public final class SseClient implements AutoCloseable {

    /** One event; {@code receivedAtNanos} is {@link System#nanoTime()} when its blank line arrived. */
    public record Event(String id, String name, String data, long receivedAtNanos) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final int status;
    private final Stream<String> lines;
    private final Thread reader;
    private volatile boolean ended;
    private volatile String lastEventId;

    private SseClient(HttpResponse<Stream<String>> response, java.util.function.Consumer<Event> listener) {
        this.status = response.statusCode();
        this.lines = response.body();
        this.reader = Thread.ofVirtual().start(() -> read(listener));
    }

    /** Opens {@code url} with these headers; returns once the response headers arrived. */
    public static SseClient open(String url, Map<String, String> headers) {
        return open(url, headers, null);
    }

    /** As {@link #open(String, Map)}, but each event goes to {@code listener} (on the reading thread), not the queue. */
    public static SseClient open(String url, Map<String, String> headers, java.util.function.Consumer<Event> listener) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET().header("Accept", "text/event-stream");
        headers.forEach(request::header);
        try {
            return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()), listener);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return status;
    }

    /** The next event, or null if none arrives in time. */
    public Event next(Duration timeout) {
        try {
            return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits for {@code count} events (fewer if the time runs out). */
    public List<Event> take(int count, Duration timeout) {
        List<Event> out = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (out.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            Event e = next(Duration.ofNanos(left));
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** Everything that arrives within {@code quiet}. */
    public List<Event> drain(Duration quiet) {
        List<Event> out = new ArrayList<>();
        Event e;
        while ((e = next(quiet)) != null) {
            out.add(e);
        }
        return out;
    }

    /**
     * The id an {@code EventSource} would send as {@code Last-Event-ID} on reconnecting: the last {@code id} field
     * of a finished block, even one without data.
     */
    public String lastEventId() {
        return lastEventId;
    }

    /** Whether the server ended the stream. */
    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }

    private void read(java.util.function.Consumer<Event> listener) {
        String id = null;
        String name = null;
        StringBuilder data = null;
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    lastEventId = id;
                    if (data != null) {
                        Event event = new Event(id, name == null ? "message" : name, data.toString(), System.nanoTime());
                        if (listener != null) {
                            listener.accept(event);
                        } else {
                            events.add(event);
                        }
                    }
                    name = null;
                    data = null;
                    continue;
                }
                if (line.startsWith(":")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> name = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    default -> {
                        // "retry" and unknown fields
                    }
                }
            }
        } catch (UncheckedIOException | IllegalStateException closed) {
            // closed by us or by the server
        } finally {
            ended = true;
        }
    }
}
