package com.voicedesk.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native-query rows, whose Java types depend on the driver's mapping. */
public final class NativeValues {

    private NativeValues() {
    }

    /** A timestamptz column; {@code null} stays {@code null}. */
    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
        };
    }
}
