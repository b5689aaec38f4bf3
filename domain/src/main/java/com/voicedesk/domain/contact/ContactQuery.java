package com.voicedesk.domain.contact;

import com.voicedesk.domain.shared.Require;

import java.time.Instant;

/**
 * Criteria for listing contacts. {@code text} matches a name (case-insensitive, anywhere in it) or, when
 * it is mostly digits, a phone number. All criteria are optional and combine with AND.
 */
public record ContactQuery(String text, LeadStatus leadStatus, Instant createdSince) {

    public ContactQuery {
        text = Require.optionalText(text, "q", 200);
    }

    public static ContactQuery all() {
        return new ContactQuery(null, null, null);
    }

    /** The digits of {@code text} when it looks like a phone number search, else {@code null}. */
    public String phoneDigits() {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("\\D", "");
        String rest = text.replaceAll("[\\d\\s()+.\\-]", "");
        return digits.length() >= 3 && rest.isEmpty() ? digits : null;
    }
}
