package com.voicedesk.bootstrap.api.contacts;

import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.contact.LeadStatusChange;

import java.time.Instant;

public record LeadStatusChangeResponse(LeadStatus from, LeadStatus to, ChangeSource source, String actor, String reason,
                                       Instant changedAt) {

    public static LeadStatusChangeResponse of(LeadStatusChange c) {
        return new LeadStatusChangeResponse(c.from(), c.to(), c.source(), c.actor(), c.reason(), c.changedAt());
    }
}
