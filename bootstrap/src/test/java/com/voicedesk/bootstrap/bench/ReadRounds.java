package com.voicedesk.bootstrap.bench;

import io.vertx.core.Vertx;

import java.util.concurrent.locks.LockSupport;

/**
 * Makes a harness event loop (the STT stand-in's, the simulated Twilio peer's) read in rounds: every millisecond it
 * naps {@code bench.nap-micros} (1000; 0 turns rounds off), and what arrived meanwhile is read in the next round.
 * <p>
 * Why: on loopback the kernel runs the receiver's TCP work, and the wake-up of its thread, inside the sender's
 * {@code write}. A receiver that waits in epoll makes each of VoiceDesk's writes to the stand-in wake another thread
 * (often a cross-CPU interrupt, dear on a virtual machine): a cost charged to VoiceDesk that no write to the real
 * Deepgram pays. A napping receiver is not waiting, so the write only queues the data. What it costs the figures: up
 * to about a millisecond more at the receiver's end (the "media -> STT" read, the echo's return); VoiceDesk's
 * hand-off time is not touched.
 */
final class ReadRounds {

    private static final long NAP_NANOS = Long.getLong("bench.nap-micros", 1000) * 1000;

    private ReadRounds() {
    }

    /** Starts the rounds on {@code vertx}'s (single) event loop; they end when it closes. */
    static void start(Vertx vertx) {
        if (NAP_NANOS > 0) {
            // a fixed-rate millisecond timer that naps a millisecond is always due: the loop polls (selectNow) between
            // naps and never blocks in epoll, where an arriving frame would wake it
            vertx.setPeriodic(1, id -> LockSupport.parkNanos(NAP_NANOS));
        }
    }

    /** How the rounds are set, for the report. */
    static String describe() {
        return NAP_NANOS > 0
                ? "harness loops read in rounds (" + NAP_NANOS / 1000 + " µs naps)"
                : "harness loops woken per frame";
    }
}
