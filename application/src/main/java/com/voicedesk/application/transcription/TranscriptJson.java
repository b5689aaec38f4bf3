package com.voicedesk.application.transcription;

import com.voicedesk.domain.room.DataMessage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * The JSON of live transcript events, as the frontend reads it on the room's {@code transcription} topic
 * and on the SSE stream: {@code {"type":"final","callId":...,"seq":3,"speaker":"CALLER","text":...,
 * "start":1.2,"end":2.5}}. Written by hand: the application layer has no JSON library.
 */
public final class TranscriptJson {

    /** Room data packets are bounded; longer text is cut there (the stored segment keeps all of it). */
    private static final int MAX_TEXT_IN_PACKET = 4_000;

    private TranscriptJson() {
    }

    public static String of(LiveTranscriptEvent event) {
        StringBuilder json = new StringBuilder(160);
        switch (event) {
            case LiveTranscriptEvent.Interim e -> {
                json.append("{\"type\":\"interim\",\"callId\":\"").append(e.callId()).append("\",\"speaker\":\"")
                        .append(e.speaker()).append("\",\"text\":");
                string(json, cut(e.text()));
                times(json, e.start(), e.end());
            }
            case LiveTranscriptEvent.Segment e -> {
                json.append("{\"type\":\"final\",\"callId\":\"").append(e.callId()).append("\",\"seq\":")
                        .append(e.segment().sequence()).append(",\"speaker\":\"").append(e.segment().speaker())
                        .append("\",\"text\":");
                string(json, cut(e.segment().text()));
                json.append(",\"confidence\":").append(String.format(Locale.ROOT, "%.3f", e.segment().confidence()));
                times(json, e.segment().start(), e.segment().end());
            }
            case LiveTranscriptEvent.Notice e -> {
                json.append("{\"type\":\"notice\",\"callId\":\"").append(e.callId()).append("\",\"message\":");
                string(json, e.message());
                json.append('}');
            }
            case LiveTranscriptEvent.Ended e ->
                    json.append("{\"type\":\"ended\",\"callId\":\"").append(e.callId()).append("\"}");
        }
        return json.toString();
    }

    /** The event as a data packet for the call's room. */
    public static DataMessage packet(LiveTranscriptEvent event) {
        return new DataMessage("transcription", of(event).getBytes(StandardCharsets.UTF_8), java.util.List.of());
    }

    private static void times(StringBuilder json, Duration start, Duration end) {
        json.append(",\"start\":").append(seconds(start)).append(",\"end\":").append(seconds(end)).append('}');
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT_IN_PACKET ? text : text.substring(0, MAX_TEXT_IN_PACKET) + "...";
    }

    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
