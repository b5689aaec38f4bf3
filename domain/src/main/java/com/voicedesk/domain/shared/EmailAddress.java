package com.voicedesk.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** A deliverable-looking e-mail address; the domain part is lower-cased. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "must be an e-mail address such as sarah@example.com");
        }
        int at = value.lastIndexOf('@');
        value = value.substring(0, at) + value.substring(at).toLowerCase(Locale.ROOT);
    }

    public static EmailAddress parse(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
