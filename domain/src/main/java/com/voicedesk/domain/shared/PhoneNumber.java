package com.voicedesk.domain.shared;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 form: '+', a country code that does not start with 0, at most 15 digits.
 * {@link #parse} accepts the usual human formatting ("+1 (555) 010-2000") and normalises it.
 */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern FORMATTING = Pattern.compile("[\\s().\\-]");

    public PhoneNumber {
        if (value == null || !E164.matcher(value).matches()) {
            throw new InvalidValueException("phone",
                    "must be an E.164 number such as +15550102000 (got " + shown(value) + ")");
        }
    }

    /** Normalises spaces, dots, dashes and parentheses, and a leading 00 for '+'. */
    public static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("phone", "must not be blank");
        }
        String compact = FORMATTING.matcher(raw.strip()).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (!E164.matcher(compact).matches()) {
            throw new InvalidValueException("phone",
                    "must be an E.164 number with country code, such as +15550102000 (got " + shown(raw) + ")");
        }
        return new PhoneNumber(compact);
    }

    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static String shown(String raw) {
        if (raw == null) {
            return "nothing";
        }
        return raw.length() > 32 ? "'" + raw.substring(0, 32) + "...'" : "'" + raw + "'";
    }

    @Override
    public String toString() {
        return value;
    }
}
