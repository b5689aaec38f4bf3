package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.FeedEntry;

/** What an admin's live stream carries. */
public sealed interface StreamEvent {

    /**
     * Always the first event: the stream holds its place in the feed, right after {@code seq}. Everything for this
     * admin committed after it follows, in order, once; nothing committed before it does (without a
     * {@code lastEventId}, the past is the inbox's). It is the caller's cue that the stream is open.
     */
    record Live(long seq) implements StreamEvent {
    }

    /** A notification for this admin; its {@code seq} is the stream's event id. */
    record Delivered(FeedEntry entry) implements StreamEvent {
    }

    /**
     * More was missed than a stream replays: the client should reload its inbox. The stream goes on from
     * {@code seq}, which is also this event's id.
     */
    record Resync(long missed, long seq) implements StreamEvent {
    }
}
