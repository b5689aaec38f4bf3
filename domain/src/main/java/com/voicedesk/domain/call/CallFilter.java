package com.voicedesk.domain.call;

import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.InvalidValueException;

import java.time.Instant;

/** Criteria for listing calls; every part optional. {@code since} inclusive, {@code until} exclusive. */
public record CallFilter(CallStatus status, CallDirection direction, ContactId contactId, Instant since, Instant until) {

    public CallFilter {
        if (since != null && until != null && !since.isBefore(until)) {
            throw new InvalidValueException("since", "must be before until");
        }
    }

    public static CallFilter all() {
        return new CallFilter(null, null, null, null, null);
    }
}
