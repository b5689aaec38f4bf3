package com.voicedesk.adapters.twilio.media;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.voicedesk.domain.audio.AudioTrack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Twilio Media Streams messages (connected, start, media, dtmf, mark, stop). A media message, a hundred a
 * second per call, is read by {@link MediaMessageScanner} in one pass; everything else, and any media message
 * the scanner is not sure of, by Jackson's streaming parser (no tree). Anything not in Twilio's documented
 * shape is a {@link Malformed} error.
 */
sealed interface TwilioMediaMessage {

    record Connected() implements TwilioMediaMessage {
    }

    record Start(String streamSid, String accountSid, String callSid, List<String> tracks,
                 Map<String, String> customParameters, String encoding, int sampleRate) implements TwilioMediaMessage {
    }

    /** {@code mulaw} is the decoded base64 payload, still mu-law. */
    record Media(AudioTrack track, long timestampMillis, byte[] mulaw) implements TwilioMediaMessage {
    }

    record Dtmf(String digit) implements TwilioMediaMessage {
    }

    record Mark(String name) implements TwilioMediaMessage {
    }

    record Stop() implements TwilioMediaMessage {
    }

    final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    JsonFactory JSON = new JsonFactory();
    /** Standard base64 as Twilio sends it; padding accepted, not required (as {@link java.util.Base64}). */
    Base64Variant BASE64 = Base64Variants.MIME_NO_LINEFEEDS.withPaddingAllowed();

    static TwilioMediaMessage parse(String text) throws Malformed {
        Media media = MediaMessageScanner.scan(text);
        return media != null ? media : parseWithJackson(text);
    }

    /** Every message, and the last word on what is malformed (the scanner defers to it whenever unsure). */
    static TwilioMediaMessage parseWithJackson(String text) throws Malformed {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Malformed("not a JSON object");
            }
            String event = null;
            Media media = null;
            Start start = null;
            String digit = null;
            String mark = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "event" -> event = p.getValueAsString();
                    case "media" -> media = media(p, value);
                    case "start" -> start = start(p, value);
                    case "dtmf" -> digit = single(p, value, "digit");
                    case "mark" -> mark = single(p, value, "name");
                    default -> p.skipChildren();
                }
            }
            if (event == null) {
                throw new Malformed("no event");
            }
            return switch (event) {
                case "connected" -> new Connected();
                case "start" -> require(start, "start");
                case "media" -> require(media, "media");
                case "dtmf" -> new Dtmf(require(digit, "dtmf.digit"));
                case "mark" -> new Mark(require(mark, "mark.name"));
                case "stop" -> new Stop();
                default -> throw new Malformed("unknown event '" + shorten(event) + "'");
            };
        } catch (IOException e) {
            throw new Malformed("not JSON");
        }
    }

    private static Media media(JsonParser p, JsonToken value) throws IOException, Malformed {
        expectObject(value, "media");
        AudioTrack track = AudioTrack.INBOUND;
        long timestamp = 0;
        byte[] payload = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "track" -> track = switch (p.getValueAsString("")) {
                    case "inbound" -> AudioTrack.INBOUND;
                    case "outbound" -> AudioTrack.OUTBOUND;
                    default -> throw new Malformed("unknown media track");
                };
                case "timestamp" -> {
                    try {
                        timestamp = Long.parseLong(p.getValueAsString("0"));
                    } catch (NumberFormatException e) {
                        throw new Malformed("media.timestamp is not a number");
                    }
                    if (timestamp < 0) {
                        throw new Malformed("media.timestamp is negative");
                    }
                }
                case "payload" -> {
                    if (p.currentToken() != JsonToken.VALUE_STRING) {
                        throw new Malformed("media.payload is not a string");
                    }
                    try {
                        // decoded straight from the parser's buffer: no String of the base64 text
                        payload = p.getBinaryValue(BASE64);
                    } catch (StreamReadException e) {
                        throw new Malformed("media.payload is not base64");
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (payload == null) {
            throw new Malformed("media without payload");
        }
        return new Media(track, timestamp, payload);
    }

    private static Start start(JsonParser p, JsonToken value) throws IOException, Malformed {
        expectObject(value, "start");
        String streamSid = null;
        String accountSid = null;
        String callSid = null;
        List<String> tracks = new ArrayList<>();
        Map<String, String> custom = new HashMap<>();
        String encoding = "audio/x-mulaw";
        int rate = 8000;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken token = p.nextToken();
            switch (field) {
                case "streamSid" -> streamSid = p.getValueAsString();
                case "accountSid" -> accountSid = p.getValueAsString();
                case "callSid" -> callSid = p.getValueAsString();
                case "tracks" -> {
                    if (token != JsonToken.START_ARRAY) {
                        throw new Malformed("start.tracks is not an array");
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        tracks.add(p.getValueAsString());
                    }
                }
                case "customParameters" -> {
                    expectObject(token, "start.customParameters");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        custom.put(name, p.getValueAsString());
                        p.skipChildren();
                    }
                }
                case "mediaFormat" -> {
                    expectObject(token, "start.mediaFormat");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        if (name.equals("encoding")) {
                            encoding = p.getValueAsString(encoding);
                        } else if (name.equals("sampleRate")) {
                            rate = p.getValueAsInt(rate);
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (streamSid == null || callSid == null || accountSid == null) {
            throw new Malformed("start without streamSid, callSid or accountSid");
        }
        return new Start(streamSid, accountSid, callSid, List.copyOf(tracks), Map.copyOf(custom), encoding, rate);
    }

    private static String single(JsonParser p, JsonToken value, String name) throws IOException, Malformed {
        expectObject(value, name);
        String found = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals(name)) {
                found = p.getValueAsString();
            } else {
                p.skipChildren();
            }
        }
        return found;
    }

    private static void expectObject(JsonToken token, String what) throws Malformed {
        if (token != JsonToken.START_OBJECT) {
            throw new Malformed(what + " is not an object");
        }
    }

    private static <T> T require(T value, String what) throws Malformed {
        if (value == null) {
            throw new Malformed("no " + what);
        }
        return value;
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 40 ? text.substring(0, 40) : text;
    }
}
