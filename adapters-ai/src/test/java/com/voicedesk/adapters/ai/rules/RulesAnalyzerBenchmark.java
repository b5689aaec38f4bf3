package com.voicedesk.adapters.ai.rules;

import com.voicedesk.domain.analysis.AnalysisRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the offline analyzer takes per call, against the in-run baseline of only reading the transcript
 * (sentence split and number normalisation, which any analyzer does). Runs only with -Dvoicedesk.bench=true;
 * see docs/benchmarks.md.
 */
class RulesAnalyzerBenchmark {

    @Test
    void offlineAnalysisPerCall() {
        Assumptions.assumeTrue(Boolean.getBoolean("voicedesk.bench"), "benchmark: run with -Dvoicedesk.bench=true");
        List<AnalysisRequest> calls = new ArrayList<>();
        LabelledCalls.development().forEach(c -> calls.add(c.request()));
        LabelledCalls.heldOut().forEach(c -> calls.add(c.request()));
        RulesCallAnalyzer analyzer = new RulesCallAnalyzer();
        int rounds = Integer.getInteger("voicedesk.bench.rounds", 200);

        measure(calls, 30, r -> new CallText(r.transcript()).sentences().size());   // warm-up
        measure(calls, 30, r -> analyzer.analyzeNow(r).analysis().summary().length());
        long[] baseline = measure(calls, rounds, r -> new CallText(r.transcript()).sentences().size());
        long[] analysis = measure(calls, rounds, r -> analyzer.analyzeNow(r).analysis().summary().length());

        String report = String.format("""
                        Offline call analysis, %d labelled calls x %d rounds (per call, microseconds):
                          baseline (read transcript)  p50 %7.1f  p99 %7.1f  mean %7.1f
                          rules analysis              p50 %7.1f  p99 %7.1f  mean %7.1f
                          ratio analysis/baseline (mean) %.1fx; analyses per second on one core: %.0f""",
                calls.size(), rounds, p(baseline, 50), p(baseline, 99), mean(baseline), p(analysis, 50), p(analysis, 99),
                mean(analysis), mean(analysis) / mean(baseline), 1_000_000 / mean(analysis));
        // a test report, printed on purpose: the benchmark's figures belong in the build output
        System.out.println(report);
        write("rules-analyzer-benchmark.txt", report);
        assertThat(mean(analysis)).isPositive();
    }

    private static long[] measure(List<AnalysisRequest> calls, int rounds,
                                  java.util.function.ToIntFunction<AnalysisRequest> work) {
        long[] nanos = new long[calls.size() * rounds];
        int i = 0;
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            for (AnalysisRequest call : calls) {
                long start = System.nanoTime();
                sink += work.applyAsInt(call);
                nanos[i++] = System.nanoTime() - start;
            }
        }
        assertThat(sink).isNotZero();
        return nanos;
    }

    private static void write(String file, String report) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", file), report);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double p(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1000.0;
    }
}
