package com.voicedesk.bootstrap.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Latencies in microseconds, each with the second of the measured window it was taken in; percentiles by sorting a
 * copy (a few hundred thousand values). The per-second view tells a tail spread over the whole window (the load
 * itself) from one made in a few seconds (something else on the machine, or the hypervisor, for a moment).
 */
final class Histogram {

    private long[] values = new long[1 << 16];
    private int[] seconds = new int[1 << 16];
    private int size;

    /** Records a latency measured at {@code nowNanos}, in a window that started at {@code fromNanos}. */
    void add(long nowNanos, long sentNanos, long fromNanos) {
        add((nowNanos - sentNanos) / 1000, (int) ((nowNanos - fromNanos) / 1_000_000_000L));
    }

    private synchronized void add(long micros, int second) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            seconds = Arrays.copyOf(seconds, size * 2);
        }
        values[size] = micros;
        seconds[size++] = second;
    }

    synchronized void reset() {
        size = 0;
    }

    synchronized String summary() {
        if (size == 0) {
            return "no samples";
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms (%d samples)",
                at(sorted, 0.50), at(sorted, 0.99), at(sorted, 0.999), sorted[size - 1] / 1000.0, size);
    }

    double percentileMillis(double p) {
        return percentileMillisIn(p, second -> true);
    }

    /** The percentile within each of the window's first {@code count} seconds (NaN for a second without samples). */
    synchronized double[] percentileMillisBySecond(double p, int count) {
        long[][] bySecond = new long[count][];
        int[] filled = new int[count];
        for (int i = 0; i < size; i++) {
            if (seconds[i] >= 0 && seconds[i] < count) {
                filled[seconds[i]]++;
            }
        }
        for (int s = 0; s < count; s++) {
            bySecond[s] = new long[filled[s]];
            filled[s] = 0;
        }
        for (int i = 0; i < size; i++) {
            int s = seconds[i];
            if (s >= 0 && s < count) {
                bySecond[s][filled[s]++] = values[i];
            }
        }
        double[] result = new double[count];
        for (int s = 0; s < count; s++) {
            Arrays.sort(bySecond[s]);
            result[s] = bySecond[s].length == 0 ? Double.NaN : at(bySecond[s], p);
        }
        return result;
    }

    /** The percentile over the samples taken in the seconds {@code keep} selects (NaN without any). */
    synchronized double percentileMillisIn(double p, IntPredicate keep) {
        long[] kept = new long[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(seconds[i])) {
                kept[n++] = values[i];
            }
        }
        long[] sorted = n == size ? kept : Arrays.copyOf(kept, n);
        Arrays.sort(sorted);
        return n == 0 ? Double.NaN : at(sorted, p);
    }

    private static double at(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
        return sorted[index] / 1000.0;
    }
}
