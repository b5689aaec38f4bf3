package com.voicedesk.application.assistant;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.InvalidValueException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tool call's arguments as the model sent them, read with the checks a careless model needs: a missing or
 * malformed argument is an {@link InvalidValueException} naming it, which the model gets back as a result.
 * {@code null} means "not given" (strict schemas send optional arguments as null).
 */
public final class ToolArguments {

    private final Map<String, Object> values;

    public ToolArguments(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    public String string(String name) {
        String value = optionalString(name);
        if (value == null) {
            throw new InvalidValueException(name, "is required");
        }
        return value;
    }

    public String optionalString(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    public Integer optionalInteger(String name, int min, int max) {
        Object value = values.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        long number;
        try {
            number = value instanceof Number n ? new BigDecimal(n.toString()).longValueExact()
                    : Long.parseLong(value.toString().strip());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidValueException(name, "must be a whole number");
        }
        if (number < min || number > max) {
            throw new InvalidValueException(name, "must be between " + min + " and " + max);
        }
        return (int) number;
    }

    public BigDecimal optionalDecimal(String name) {
        Object value = values.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip().replace(",", "").replace("$", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, "must be a number");
        }
    }

    /** A date given as YYYY-MM-DD (or the date part of a date-time). */
    public LocalDate optionalDate(String name) {
        String value = optionalString(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, "must be a date such as 2026-06-13");
        }
    }

    /** A local date-time given as YYYY-MM-DDTHH:MM (seconds and an offset are ignored). */
    public LocalDateTime optionalDateTime(String name) {
        String value = optionalString(name);
        if (value == null) {
            return null;
        }
        try {
            String local = value.length() >= 16 ? value.substring(0, 16) : value;
            return LocalDateTime.parse(local.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, "must be a date-time such as 2026-06-13T10:00");
        }
    }

    public <E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
        String value = optionalString(name);
        if (value == null) {
            return null;
        }
        String normalised = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        throw new InvalidValueException(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        E value = optionalEnum(name, type);
        if (value == null) {
            throw new InvalidValueException(name, "is required");
        }
        return value;
    }

    public List<String> stringList(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                if (item != null && !item.toString().isBlank()) {
                    out.add(item.toString().strip());
                }
            }
        } else if (!value.toString().isBlank()) {
            out.add(value.toString().strip());
        }
        return out;
    }

    public ContactId contactId(String name) {
        return ContactId.of(string(name));
    }

    public CallId callId(String name) {
        return CallId.of(string(name));
    }
}
