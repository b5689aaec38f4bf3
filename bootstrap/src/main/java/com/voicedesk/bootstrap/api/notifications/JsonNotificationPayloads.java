package com.voicedesk.bootstrap.api.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicedesk.domain.notification.FeedEntry;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.notification.NotificationPayloads;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/** {@link NotificationMessage} as JSON, with the API's ObjectMapper: the stream and the data channel agree. */
@ApplicationScoped
public class JsonNotificationPayloads implements NotificationPayloads {

    private static final int RECENT = 1024;

    private final ObjectMapper json;
    private final ConcurrentHashMap<NotificationId, Buffer> frames = new ConcurrentHashMap<>();

    public JsonNotificationPayloads(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public byte[] encode(FeedEntry entry) {
        try {
            return json.writeValueAsBytes(NotificationMessage.of(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Notification " + entry.notification().id() + " does not write as JSON", e);
        }
    }

    /**
     * The entry as one SSE event ({@code id} = seq, {@code event: notification}, the JSON on one data line).
     * A notification to every admin goes to every open stream of its tenant in the same bytes, so recent
     * frames are kept (by notification id) and shared, not rebuilt per stream.
     */
    public Buffer frame(FeedEntry entry) {
        NotificationId id = entry.notification().id();
        Buffer cached = frames.get(id);
        if (cached != null) {
            return cached;
        }
        if (frames.size() >= RECENT) {
            frames.clear();
        }
        Buffer frame = Buffer.buffer(("id: " + entry.seq() + "\nevent: notification\ndata: ")
                        .getBytes(StandardCharsets.UTF_8))
                .appendBytes(encode(entry)) // compact JSON: no line breaks
                .appendString("\n\n");
        frames.put(id, frame);
        return frame;
    }
}
