package com.voicedesk.application.notification;

import com.voicedesk.domain.notification.Notification;
import com.voicedesk.domain.notification.Recipient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two events "the same" for an idempotency key: a SHA-256 over a canonical form of the (already
 * normalised) notification content. Map keys are sorted, so a re-sent event with reordered fields matches.
 */
final class EventFingerprint {

    private EventFingerprint() {
    }

    static String of(Notification n) {
        StringBuilder out = new StringBuilder();
        field(out, n.type().name());
        field(out, n.title());
        field(out, n.message());
        field(out, n.link());
        field(out, n.recipient() instanceof Recipient.Admin admin ? "admin:" + admin.identity() : "all");
        value(out, n.data());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(out.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Length-prefixed, so that no two different values share a rendering. */
    private static void field(StringBuilder out, String text) {
        if (text == null) {
            out.append('n');
        } else {
            out.append('s').append(text.length()).append(':').append(text);
        }
    }

    private static void value(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append('n');
            case Map<?, ?> map -> {
                out.append('{');
                new TreeMap<>(stringKeys(map)).forEach((k, v) -> {
                    field(out, k);
                    value(out, v);
                });
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                list.forEach(item -> value(out, item));
                out.append(']');
            }
            case String s -> field(out, s);
            default -> out.append(value.getClass().getSimpleName().charAt(0)).append(value).append(';');
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
