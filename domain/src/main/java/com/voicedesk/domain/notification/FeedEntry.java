package com.voicedesk.domain.notification;

import com.voicedesk.domain.shared.Require;

/**
 * A stored notification with its place in the tenant's feed. {@code seq} counts 1, 2, 3, ... per tenant with
 * no gaps, in commit order: a reader that has seen {@code seq} n has seen everything before it, which is what
 * makes a stream resumable from a single number (the SSE {@code Last-Event-ID}).
 */
public record FeedEntry(long seq, Notification notification) {

    public FeedEntry {
        Require.range(seq, 1, Long.MAX_VALUE, "seq");
        Require.nonNull(notification, "notification");
    }

    /** Whether this admin, with these preferences, gets this entry. */
    public boolean isFor(String admin, NotificationPreferences preferences) {
        return notification.recipient().includes(admin) && preferences.wants(notification.type());
    }
}
