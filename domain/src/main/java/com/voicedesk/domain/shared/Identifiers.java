package com.voicedesk.domain.shared;

import java.util.UUID;

/** Parsing of the UUID-based identifiers, with a field-naming error for the caller. */
public final class Identifiers {

    private Identifiers() {
    }

    public static UUID parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        try {
            UUID id = UUID.fromString(raw.strip());
            if (!id.toString().equalsIgnoreCase(raw.strip())) {
                throw new IllegalArgumentException("non-canonical");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be a UUID");
        }
    }
}
