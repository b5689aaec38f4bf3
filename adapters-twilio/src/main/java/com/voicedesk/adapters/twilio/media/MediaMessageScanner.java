package com.voicedesk.adapters.twilio.media;

import com.voicedesk.domain.audio.AudioTrack;

/**
 * The fast path for the one message a call sends a hundred times a second: a single pass over the text that
 * checks it is strict JSON and picks {@code event}, {@code media.track}, {@code media.timestamp} and
 * {@code media.payload} without building tokens or strings, decoding the base64 as it goes. It answers only
 * what it is sure of: anything else (another event, an escape in a name or in a value it reads, a value of an
 * unexpected type, bad base64, any syntax error) returns {@code null}, and {@link TwilioMediaMessage#parse}
 * then reads the text with Jackson, which has the last word, errors included. {@code MediaMessageScannerTest}
 * checks the two agree on every input.
 */
final class MediaMessageScanner {

    private static final byte[] BASE64 = new byte[128];
    /** Deeper values are not Twilio's: Jackson (and its own nesting limit) deals with them. */
    private static final int MAX_DEPTH = 32;

    static {
        java.util.Arrays.fill(BASE64, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            BASE64[alphabet.charAt(i)] = (byte) i;
        }
    }

    /** Thrown (without a stack) to leave the scan at once: the text goes to Jackson. */
    private static final class NotSure extends RuntimeException {
        private static final NotSure INSTANCE = new NotSure();

        private NotSure() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private int at;

    private boolean mediaEvent;
    private int depth;
    private int nameStart;
    private int nameEnd;
    private AudioTrack track = AudioTrack.INBOUND;
    private long timestamp;
    private byte[] payload;
    private boolean sawMedia;

    private MediaMessageScanner(String text) {
        this.text = text;
    }

    /** The media message {@code text} holds, or {@code null} when it is not a plain, well-formed one. */
    static TwilioMediaMessage.Media scan(String text) {
        MediaMessageScanner scanner = new MediaMessageScanner(text);
        try {
            scanner.message();
        } catch (NotSure | IndexOutOfBoundsException e) {
            return null;
        }
        if (!scanner.mediaEvent || !scanner.sawMedia || scanner.payload == null) {
            return null;
        }
        return new TwilioMediaMessage.Media(scanner.track, scanner.timestamp, scanner.payload);
    }

    private void message() {
        space();
        expect('{');
        items('}', this::messageField);
    }

    private void messageField() {
        name();
        if (isName("event")) {
            // another event is rare: Jackson reads it
            mediaEvent = isValue(plainString(), "media");
            if (!mediaEvent) {
                throw NotSure.INSTANCE;
            }
        } else if (isName("media")) {
            media();
        } else if (isName("start") || isName("dtmf") || isName("mark")) {
            // the general parser checks these whatever the event: leave them to it
            throw NotSure.INSTANCE;
        } else {
            value();
        }
    }

    private void media() {
        sawMedia = true;
        track = AudioTrack.INBOUND;
        timestamp = 0;
        payload = null;
        expect('{');
        items('}', this::mediaField);
        if (payload == null) {
            // Jackson refuses every media object without one, even when a later one has it
            throw NotSure.INSTANCE;
        }
    }

    private void mediaField() {
        name();
        if (isName("track")) {
            int value = plainString();
            if (isValue(value, "inbound")) {
                track = AudioTrack.INBOUND;
            } else if (isValue(value, "outbound")) {
                track = AudioTrack.OUTBOUND;
            } else {
                throw NotSure.INSTANCE;
            }
        } else if (isName("timestamp")) {
            timestamp = digits(plainString());
        } else if (isName("payload")) {
            payload = base64(plainString());
        } else {
            value();
        }
    }

    // ---------------------------------------------------------------- strict JSON, skipped

    private void value() {
        if (++depth > MAX_DEPTH) {
            throw NotSure.INSTANCE;
        }
        switch (peek()) {
            case '{' -> {
                at++;
                items('}', () -> {
                    string();
                    space();
                    expect(':');
                    space();
                    value();
                });
            }
            case '[' -> {
                at++;
                items(']', this::value);
            }
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
        depth--;
    }

    /** The members of an object or the elements of an array, after the opening bracket; {@code item} reads one. */
    private void items(char close, Runnable item) {
        space();
        if (peek() == close) {
            at++;
            return;
        }
        do {
            space();
            item.run();
            space();
        } while (comma());
        expect(close);
    }

    /** A member's name (without escapes) and its colon: {@link #isName} then tells which it is. */
    private void name() {
        nameStart = plainString();
        nameEnd = at - 1;
        space();
        expect(':');
        space();
    }

    /** Any JSON string, escapes included (skipped, not decoded). */
    private void string() {
        expect('"');
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw NotSure.INSTANCE;
            }
            if (c == '\\') {
                char e = text.charAt(at++);
                switch (e) {
                    case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> { }
                    case 'u' -> {
                        for (int i = 0; i < 4; i++) {
                            if (Character.digit(text.charAt(at++), 16) < 0) {
                                throw NotSure.INSTANCE;
                            }
                        }
                    }
                    default -> throw NotSure.INSTANCE;
                }
            }
        }
    }

    /** A string without escapes; its first character's index (it ends at {@code at - 1}). */
    private int plainString() {
        expect('"');
        int start = at;
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return start;
            }
            if (c < 0x20 || c == '\\') {
                throw NotSure.INSTANCE;
            }
        }
    }

    private void number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else {
            digitsAtLeastOne();
        }
        if (at < text.length() && peek() == '.') {
            at++;
            digitsAtLeastOne();
        }
        if (at < text.length() && (peek() == 'e' || peek() == 'E')) {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            digitsAtLeastOne();
        }
        if (at == start) {
            throw NotSure.INSTANCE;
        }
    }

    private void digitsAtLeastOne() {
        int start = at;
        while (at < text.length() && peek() >= '0' && peek() <= '9') {
            at++;
        }
        if (at == start) {
            throw NotSure.INSTANCE;
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, at)) {
            throw NotSure.INSTANCE;
        }
        at += word.length();
    }

    private boolean comma() {
        if (at < text.length() && peek() == ',') {
            at++;
            return true;
        }
        return false;
    }

    private void space() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private char peek() {
        return text.charAt(at);
    }

    private void expect(char c) {
        if (text.charAt(at) != c) {
            throw NotSure.INSTANCE;
        }
        at++;
    }

    private boolean isName(String word) {
        return is(nameStart, nameEnd, word);
    }

    /** Whether the string just read, from {@code start}, is {@code word}. */
    private boolean isValue(int start, String word) {
        return is(start, at - 1, word);
    }

    /** Whether the text from {@code start} to {@code end} (exclusive) is {@code word}. */
    private boolean is(int start, int end, String word) {
        return end - start == word.length() && text.startsWith(word, start);
    }

    // ---------------------------------------------------------------- the values read

    /** A non-negative decimal of at most 18 digits (no sign, no leading '+'), as Twilio's timestamps are. */
    private long digits(int start) {
        int end = at - 1;
        if (end == start || end - start > 18) {
            throw NotSure.INSTANCE;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw NotSure.INSTANCE;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Standard base64, padded or not, with its unused bits zero; anything else, even what the JDK's decoder would
     * take (such as {@code AB==}, whose unused bits are not zero), is left to Jackson.
     */
    private byte[] base64(int start) {
        int end = at - 1;
        int length = end - start;
        if (length > 0 && text.charAt(end - 1) == '=') {
            length--;
            if (length > 0 && text.charAt(start + length - 1) == '=') {
                length--;
            }
            if ((end - start) % 4 != 0) {
                throw NotSure.INSTANCE;
            }
        }
        if (length % 4 == 1) {
            throw NotSure.INSTANCE;
        }
        byte[] out = new byte[length / 4 * 3 + Math.max(0, length % 4 - 1)];
        int o = 0;
        int i = start;
        int full = start + length / 4 * 4;
        while (i < full) {
            int bits = sextet(i) << 18 | sextet(i + 1) << 12 | sextet(i + 2) << 6 | sextet(i + 3);
            out[o++] = (byte) (bits >> 16);
            out[o++] = (byte) (bits >> 8);
            out[o++] = (byte) bits;
            i += 4;
        }
        int rest = start + length - i;
        if (rest == 2) {
            int bits = sextet(i) << 18 | sextet(i + 1) << 12;
            if ((bits & 0xFFFF) != 0) {
                throw NotSure.INSTANCE;
            }
            out[o] = (byte) (bits >> 16);
        } else if (rest == 3) {
            int bits = sextet(i) << 18 | sextet(i + 1) << 12 | sextet(i + 2) << 6;
            if ((bits & 0xFF) != 0) {
                throw NotSure.INSTANCE;
            }
            out[o++] = (byte) (bits >> 16);
            out[o] = (byte) (bits >> 8);
        }
        return out;
    }

    private int sextet(int index) {
        char c = text.charAt(index);
        int value = c < 128 ? BASE64[c] : -1;
        if (value < 0) {
            throw NotSure.INSTANCE;
        }
        return value;
    }
}
