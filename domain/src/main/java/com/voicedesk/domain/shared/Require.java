package com.voicedesk.domain.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Constructor guards for records: each throws {@link InvalidValueException} naming the field. */
public final class Require {

    private Require() {
    }

    public static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /** Trims and checks a required text: not blank, at most {@code max} characters. */
    public static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidValueException(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }

    /** Trims an optional text; blank becomes {@code null}. */
    public static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, max);
    }

    public static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static long range(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static double range(double value, double min, double max, String field) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static <T> List<T> list(Collection<T> values, String field, int maxSize) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxSize) {
            throw new InvalidValueException(field, "must have at most " + maxSize + " entries");
        }
        for (T value : values) {
            if (value == null) {
                throw new InvalidValueException(field, "must not contain null entries");
            }
        }
        return List.copyOf(values);
    }

    /** An unmodifiable copy in the given order; null values are kept (JSON data has them), null keys are not. */
    public static <K, V> Map<K, V> map(Map<K, V> values, String field, int maxSize) {
        if (values == null) {
            return Map.of();
        }
        if (values.size() > maxSize) {
            throw new InvalidValueException(field, "must have at most " + maxSize + " entries");
        }
        for (K key : values.keySet()) {
            if (key == null) {
                throw new InvalidValueException(field, "must not have a null key");
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
