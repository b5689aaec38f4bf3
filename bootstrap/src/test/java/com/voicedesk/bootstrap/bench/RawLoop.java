package com.voicedesk.bootstrap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One thread of the benchmark's harness (the simulated Twilio peer, the STT stand-in): plain NIO sockets on a
 * selector, worked in rounds. Each round runs the submitted tasks, reads what arrived, runs the round's work (the
 * peer's sends) and then naps {@code bench.nap-micros} (1000; 0 waits in epoll instead, woken by every frame).
 * <p>
 * Why plain NIO: the harness shares the service's two cores, so every microsecond it spends is one the service
 * cannot have. A Vert.x harness took 0.56 of a core at 300 calls (2026-11-22); here a frame is parsed in place, only
 * the stand-in's marker is unmasked, and the peer builds its messages in reused buffers, allocating nothing per
 * message (so the harness adds no garbage to the JVM it shares with the service either).
 * <p>
 * Why rounds: on loopback the kernel does the receiver's TCP work, and wakes the receiving thread, inside the
 * sender's {@code write}. A receiver that waits in epoll makes each of VoiceDesk's writes to the stand-in wake
 * another thread (often a cross-CPU interrupt, dear on a virtual machine): a cost charged to VoiceDesk that no write
 * to the real Deepgram pays. A napping receiver is not waiting, so the write only queues the data. What it costs the
 * figures: up to about a millisecond more at the receiver's end (the stand-in's read, the echo's return); VoiceDesk's
 * hand-off time is not touched.
 */
final class RawLoop implements AutoCloseable {

    private static final long NAP_NANOS = Long.getLong("bench.nap-micros", 1000) * 1000;

    /** What a registered channel does when the selector says it is ready. */
    interface Ready {
        void ready(SelectionKey key) throws IOException;
    }

    private final Selector selector;
    private final Thread thread;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    /** The work of every round (loop thread only). */
    private Runnable round = () -> { };

    RawLoop(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = Thread.ofPlatform().name(name).daemon().start(this::loop);
    }

    /** How the rounds are set, for the report. */
    static String describe() {
        return NAP_NANOS > 0
                ? "harness loops read in rounds (" + NAP_NANOS / 1000 + " µs naps)"
                : "harness loops woken per frame";
    }

    long threadId() {
        return thread.threadId();
    }

    /** Runs {@code task} on the loop thread, in its next round. */
    void execute(Runnable task) {
        tasks.add(task);
        if (NAP_NANOS == 0) {
            selector.wakeup();
        }
    }

    /** Runs {@code task} on the loop thread and waits for its answer. */
    <T> T call(Supplier<T> task) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        execute(() -> {
            try {
                answer.complete(task.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get(30, TimeUnit.SECONDS);
    }

    /** Sets the work of every round, from the next round on (null: none). */
    void onRound(Runnable work) {
        execute(() -> round = work == null ? () -> { } : work);
    }

    /** Registers {@code channel} (non-blocking) for {@code ops}; call on the loop thread. */
    SelectionKey register(SelectableChannel channel, int ops, Ready ready) throws IOException {
        return channel.register(selector, ops, ready);
    }

    /** The same from another thread: registers on the loop thread and waits for it. */
    SelectionKey registerAndWait(SelectableChannel channel, int ops, Ready ready) throws Exception {
        return call(() -> {
            try {
                return register(channel, ops, ready);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        selector.wakeup();
        thread.join(10_000);
        try {
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            selector.close();
        } catch (IOException ignored) {
            // closing: nothing to keep
        }
    }

    private void loop() {
        while (running) {
            try {
                for (Runnable task; (task = tasks.poll()) != null; ) {
                    task.run();
                }
                int ready = NAP_NANOS > 0 ? selector.selectNow() : selector.select(1);
                if (ready > 0) {
                    Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                    while (keys.hasNext()) {
                        SelectionKey key = keys.next();
                        keys.remove();
                        if (key.isValid()) {
                            try {
                                ((Ready) key.attachment()).ready(key);
                            } catch (IOException e) {
                                key.cancel();
                                key.channel().close();
                            }
                        }
                    }
                }
                round.run();
                if (NAP_NANOS > 0) {
                    LockSupport.parkNanos(NAP_NANOS);
                }
            } catch (IOException | RuntimeException e) {
                // a harness bug must not silently stop the load: say so, and keep the loop alive
                System.getLogger(RawLoop.class.getName()).log(System.Logger.Level.ERROR, "harness loop", e);
            }
        }
    }
}
