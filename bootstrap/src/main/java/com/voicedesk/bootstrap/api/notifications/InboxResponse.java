package com.voicedesk.bootstrap.api.notifications;

import com.voicedesk.application.notification.InboxPage;

import java.util.List;

/**
 * A page of the inbox, newest first. {@code unread} counts all of the admin's unread notifications;
 * {@code lastEventId} is where a stream should start to continue from this page without a gap.
 */
public record InboxResponse(List<InboxItemResponse> items, int page, int size, long total, boolean hasNext,
                            long unread, String lastEventId) {

    static InboxResponse of(InboxPage inbox) {
        return new InboxResponse(inbox.items().items().stream().map(InboxItemResponse::of).toList(),
                inbox.items().page(), inbox.items().size(), inbox.items().total(), inbox.items().hasNext(),
                inbox.unread(), Long.toString(inbox.latestSeq()));
    }
}
