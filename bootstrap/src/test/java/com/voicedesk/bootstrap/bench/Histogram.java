package com.voicedesk.bootstrap.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in microseconds; percentiles by sorting a copy (a few hundred thousand values). */
final class Histogram {

    private long[] values = new long[1 << 16];
    private int size;

    synchronized void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    synchronized int count() {
        return size;
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

    synchronized double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return size == 0 ? Double.NaN : at(sorted, p);
    }

    private static double at(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
        return sorted[index] / 1000.0;
    }
}
