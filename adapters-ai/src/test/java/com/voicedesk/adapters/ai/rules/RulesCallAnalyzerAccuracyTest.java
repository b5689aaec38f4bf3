package com.voicedesk.adapters.ai.rules;

import com.voicedesk.domain.analysis.CallAnalysis;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the offline analyzer on the labelled transcripts and reports per-field accuracy (printed, and written
 * to target/analysis-accuracy.txt). The gate: event date, guest count and venue together at least 85% right.
 * A field is right when the analyzer returns the labelled value, or nothing where the label is "-".
 */
class RulesCallAnalyzerAccuracyTest {

    private static final List<String> GATED = List.of("eventDate", "guestCount", "venue");

    private record Field(String name, Function<CallAnalysis, Object> actual, BiPredicate<String, Object> same) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("eventType", a -> a.facts().eventType(), (e, a) -> Objects.equals(e, str(a))),
            new Field("eventDate", a -> a.facts().eventDate(), (e, a) -> Objects.equals(e, str(a))),
            new Field("guestCount", a -> a.facts().guestCount(), (e, a) -> Objects.equals(e, str(a))),
            new Field("venue", a -> a.facts().venue(), (e, a) -> sameVenue(e, (String) a)),
            new Field("budget", a -> a.facts().budget() == null ? null : a.facts().budget().amount(),
                    (e, a) -> e == null ? a == null : a != null && new java.math.BigDecimal(e).compareTo((java.math.BigDecimal) a) == 0),
            new Field("outcome", CallAnalysis::outcome, (e, a) -> Objects.equals(e, str(a))),
            new Field("sentiment", CallAnalysis::sentiment, (e, a) -> Objects.equals(e, str(a))));

    @Test
    void offlineAnalyzerGetsDateGuestsAndVenueRightOnTheLabelledSet() throws IOException {
        List<LabelledCalls.LabelledCall> development = LabelledCalls.development();
        List<LabelledCalls.LabelledCall> heldOut = LabelledCalls.heldOut();
        List<LabelledCalls.LabelledCall> all = new ArrayList<>(development);
        all.addAll(heldOut);
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);

        Score devScore = score(development);
        Score heldOutScore = score(heldOut);
        Score allScore = score(all);
        String report = devScore.report("development set (written before the rules, seen while writing them)")
                + heldOutScore.report("held-out set (written after the rules, never used to tune them)")
                + allScore.report("all labelled calls")
                + "Misses:\n" + String.join("\n", allScore.misses) + "\n";
        // a test report, printed on purpose: the measured accuracy belongs in the build output
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "analysis-accuracy.txt"), report);

        assertThat(allScore.gated()).as(report).isGreaterThanOrEqualTo(85.0);
    }

    private static final class Score {
        final int calls;
        final Map<String, Integer> right = new LinkedHashMap<>();
        final List<String> misses = new ArrayList<>();

        Score(int calls) {
            this.calls = calls;
        }

        double gated() {
            return 100.0 * GATED.stream().mapToInt(right::get).sum() / (calls * GATED.size());
        }

        String report(String title) {
            StringBuilder out = new StringBuilder("Offline call analyzer, " + title + ", " + calls + " calls:\n");
            right.forEach((field, count) -> out.append(String.format("  %-11s %2d/%d  %5.1f%%%n", field, count, calls,
                    100.0 * count / calls)));
            out.append(String.format("  event date + guest count + venue together: %d/%d = %.1f%% (gate: 85%% over all calls)%n",
                    GATED.stream().mapToInt(right::get).sum(), calls * GATED.size(), gated()));
            return out.toString();
        }
    }

    private static Score score(List<LabelledCalls.LabelledCall> calls) {
        RulesCallAnalyzer analyzer = new RulesCallAnalyzer();
        Score score = new Score(calls.size());
        for (LabelledCalls.LabelledCall call : calls) {
            CallAnalysis analysis = analyzer.analyzeNow(call.request()).analysis();
            for (Field field : FIELDS) {
                String expected = call.expect(field.name());
                Object actual = field.actual().apply(analysis);
                if (field.same().test(expected, actual)) {
                    score.right.merge(field.name(), 1, Integer::sum);
                } else {
                    score.right.putIfAbsent(field.name(), 0);
                    score.misses.add(String.format("  %-38s %-11s expected %-28s got %s", call.id(), field.name(),
                            expected == null ? "-" : expected, actual == null ? "-" : actual));
                }
            }
        }
        return score;
    }

    /** Venues match when equal ignoring case, punctuation and articles, or when one names the other plus at most two words. */
    static boolean sameVenue(String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        List<String> e = tokens(expected);
        List<String> a = tokens(actual);
        if (e.equals(a)) {
            return true;
        }
        List<String> shorter = e.size() <= a.size() ? e : a;
        List<String> longer = e.size() <= a.size() ? a : e;
        return !shorter.isEmpty() && longer.size() - shorter.size() <= 2
                && String.join(" ", longer).contains(String.join(" ", shorter));
    }

    private static List<String> tokens(String venue) {
        return Arrays.stream(venue.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").split("\\s+"))
                .filter(t -> !t.isBlank() && !t.equals("the")).toList();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
