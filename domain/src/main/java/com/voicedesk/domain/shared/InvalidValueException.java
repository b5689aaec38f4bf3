package com.voicedesk.domain.shared;

/**
 * A value refused by the model: a blank name, a malformed phone number, a number out of range.
 * Carries the offending field so that the edge can name it to the caller.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field prefix. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
