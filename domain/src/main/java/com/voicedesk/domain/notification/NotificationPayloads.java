package com.voicedesk.domain.notification;

/** The one wire form of a notification (JSON, UTF-8), shared by the stream, the data channel and the inbox. */
@FunctionalInterface
public interface NotificationPayloads {

    byte[] encode(FeedEntry entry);
}
