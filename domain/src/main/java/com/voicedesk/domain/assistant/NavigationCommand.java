package com.voicedesk.domain.assistant;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A structured command for the admin frontend ("open Sarah's contact" = open / contact / [id]), sent on the
 * data topic {@code navigation}. {@code ids} name records (contacts, calls); {@code query} narrows a list.
 */
public record NavigationCommand(Action action, Target target, List<String> ids, String query) {

    /** What the frontend should do. */
    public enum Action {
        /** Open one record's page. */
        OPEN,
        /** Show a page or a list (optionally narrowed to {@code ids} or {@code query}). */
        SHOW,
        /** Reload a record the assistant just changed. */
        REFRESH;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The frontend's pages. */
    public enum Target {
        DASHBOARD,
        CONTACTS,
        CONTACT,
        LEADS,
        CALLS,
        CALL,
        INVOICES,
        CONTRACTS,
        PAYMENTS,
        EVENTS,
        CALENDAR,
        NOTIFICATIONS,
        SETTINGS;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public NavigationCommand {
        Require.nonNull(action, "action");
        Require.nonNull(target, "target");
        ids = Require.list(ids, "ids", 100);
        query = Require.optionalText(query, "query", 200);
        if (action == Action.OPEN && ids.size() != 1) {
            throw new InvalidValueException("ids", "open needs exactly one id");
        }
    }

    public static Action action(String wireName) {
        return parse(Action.class, wireName, "action");
    }

    public static Target target(String wireName) {
        return parse(Target.class, wireName, "target");
    }

    public static List<String> wireNames(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
        if (raw != null) {
            for (E value : type.getEnumConstants()) {
                if (value.name().equalsIgnoreCase(raw.strip())) {
                    return value;
                }
            }
        }
        throw new InvalidValueException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
