package com.voicedesk.bootstrap.api.contacts;

import com.voicedesk.domain.shared.EmailAddress;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.PhoneNumber;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Parsing of the contact fields whose rules live in the domain. */
final class ContactFields {

    private ContactFields() {
    }

    static PhoneNumber phone(String raw) {
        return raw == null || raw.isBlank() ? null : PhoneNumber.parse(raw);
    }

    static EmailAddress email(String raw) {
        return raw == null || raw.isBlank() ? null : EmailAddress.parse(raw);
    }

    static ZoneId timeZone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            throw new InvalidValueException("timeZone", "must be an IANA time zone such as America/Chicago");
        }
    }
}
