package com.voicedesk.bootstrap.api.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicedesk.domain.notification.FeedEntry;
import com.voicedesk.domain.notification.NotificationPayloads;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;

/** {@link NotificationMessage} as JSON, with the API's ObjectMapper: the stream and the data channel agree. */
@ApplicationScoped
public class JsonNotificationPayloads implements NotificationPayloads {

    private final ObjectMapper json;

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

    public String encodeText(FeedEntry entry) {
        return new String(encode(entry), StandardCharsets.UTF_8);
    }
}
