package com.voicedesk.adapters.ai.deepgram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Deepgram's live-streaming messages, parsed: {@code Results}, {@code UtteranceEnd}, {@code SpeechStarted},
 * {@code Metadata}; anything else is {@link Other}. Times are seconds from the start of the connection's audio.
 */
final class DeepgramMessages {

    static final String KEEP_ALIVE = "{\"type\":\"KeepAlive\"}";
    static final String FINALIZE = "{\"type\":\"Finalize\"}";
    static final String CLOSE_STREAM = "{\"type\":\"CloseStream\"}";

    sealed interface Message {
    }

    record Results(double start, double duration, boolean isFinal, boolean speechFinal, String transcript,
                   double confidence, List<Word> words) implements Message {
    }

    record Word(String word, double start, double end, double confidence) {
    }

    record UtteranceEnd(double lastWordEnd) implements Message {
    }

    record SpeechStarted(double timestamp) implements Message {
    }

    record Metadata(String requestId) implements Message {
    }

    record Other(String type) implements Message {
    }

    private DeepgramMessages() {
    }

    static Message parse(ObjectMapper json, String text) throws IOException {
        JsonNode root = json.readTree(text);
        String type = root.path("type").asText("");
        return switch (type) {
            case "Results" -> results(root);
            case "UtteranceEnd" -> new UtteranceEnd(root.path("last_word_end").asDouble(0));
            case "SpeechStarted" -> new SpeechStarted(root.path("timestamp").asDouble(0));
            case "Metadata" -> new Metadata(root.path("request_id").asText(null));
            default -> new Other(type);
        };
    }

    private static Results results(JsonNode root) {
        JsonNode best = root.path("channel").path("alternatives").path(0);
        List<Word> words = new ArrayList<>();
        for (JsonNode w : best.path("words")) {
            String word = w.hasNonNull("punctuated_word") ? w.get("punctuated_word").asText() : w.path("word").asText("");
            words.add(new Word(word, w.path("start").asDouble(0), w.path("end").asDouble(0), w.path("confidence").asDouble(0)));
        }
        return new Results(root.path("start").asDouble(0), root.path("duration").asDouble(0),
                root.path("is_final").asBoolean(false), root.path("speech_final").asBoolean(false),
                best.path("transcript").asText(""), best.path("confidence").asDouble(0), words);
    }
}
