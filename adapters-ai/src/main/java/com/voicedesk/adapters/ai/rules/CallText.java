package com.voicedesk.adapters.ai.rules;

import com.voicedesk.domain.transcript.Speaker;
import com.voicedesk.domain.transcript.TranscriptSegment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A transcript as the rules read it: sentences in order, each knowing which side said it (the company or the
 * client) and what the other side said just before (the question it may answer). Numbers are normalised.
 */
final class CallText {

    /** One sentence; {@code asked} is the other side's last sentence right before it, or "". */
    record Sentence(int index, boolean company, String text, String lower, String asked) {
    }

    private static final Pattern SPLIT = Pattern.compile("(?<=[.!?])(?<!\\b(?:Mr|Mrs|Ms|Dr|St)\\.)\\s+(?=[\"'A-Z0-9])");

    private final List<Sentence> sentences;
    private final boolean companySpoke;
    private final boolean clientSpoke;

    CallText(List<TranscriptSegment> segments) {
        List<Sentence> out = new ArrayList<>();
        boolean company = false;
        boolean client = false;
        String lastOfPrevious = "";
        Boolean previousSide = null;
        for (TranscriptSegment segment : segments) {
            boolean side = isCompany(segment.speaker());
            company |= side;
            client |= !side;
            String asked = previousSide != null && previousSide != side ? lastOfPrevious : "";
            String last = "";
            for (String raw : SPLIT.split(segment.text().strip())) {
                if (raw.isBlank()) {
                    continue;
                }
                String text = TextNumbers.normalize(raw.strip());
                out.add(new Sentence(out.size(), side, text, text.toLowerCase(Locale.ROOT), asked));
                // within one turn, a sentence answers what the other side asked before the turn
                last = text;
            }
            if (!last.isEmpty()) {
                lastOfPrevious = last;
                previousSide = side;
            }
        }
        this.sentences = List.copyOf(out);
        this.companySpoke = company;
        this.clientSpoke = client;
    }

    static boolean isCompany(Speaker speaker) {
        return speaker == Speaker.AGENT || speaker == Speaker.ASSISTANT || speaker == Speaker.ADMIN;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** Only one side spoke: a voicemail (or a one-sided recording). */
    boolean oneSided() {
        return companySpoke != clientSpoke;
    }

    boolean companyOnly() {
        return companySpoke && !clientSpoke;
    }

    String allLower() {
        StringBuilder out = new StringBuilder();
        sentences.forEach(s -> out.append(s.lower()).append(' '));
        return out.toString();
    }

    String clientLower() {
        StringBuilder out = new StringBuilder();
        sentences.stream().filter(s -> !s.company()).forEach(s -> out.append(s.lower()).append(' '));
        return out.toString();
    }
}
