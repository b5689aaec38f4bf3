package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.InboxItem;
import com.voicedesk.domain.shared.Page;

/**
 * A page of an admin's inbox, their unread count, and the feed position it was read at: a stream opened with
 * {@code lastEventId = latestSeq} continues exactly where this page left off.
 */
public record InboxPage(Page<InboxItem> items, long unread, long latestSeq) {
}
