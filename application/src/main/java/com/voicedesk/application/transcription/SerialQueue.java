package com.voicedesk.application.transcription;

import io.smallrye.mutiny.Uni;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs asynchronous jobs one after the other, in submission order: a call's segments are stored in the
 * order they were recognised. {@link #whenIdle} runs once everything submitted so far is done.
 */
final class SerialQueue {

    private final ArrayDeque<Supplier<Uni<?>>> jobs = new ArrayDeque<>();
    private final List<Runnable> idleWaiters = new ArrayList<>();
    private boolean running;

    void submit(Supplier<Uni<?>> job) {
        synchronized (this) {
            jobs.add(job);
            if (running) {
                return;
            }
            running = true;
        }
        next();
    }

    void whenIdle(Runnable action) {
        synchronized (this) {
            if (running) {
                idleWaiters.add(action);
                return;
            }
        }
        action.run();
    }

    private void next() {
        Supplier<Uni<?>> job;
        List<Runnable> waiters = List.of();
        synchronized (this) {
            job = jobs.poll();
            if (job == null) {
                running = false;
                waiters = new ArrayList<>(idleWaiters);
                idleWaiters.clear();
            }
        }
        if (job == null) {
            waiters.forEach(Runnable::run);
            return;
        }
        Uni<?> work;
        try {
            work = job.get();
        } catch (RuntimeException e) {
            work = Uni.createFrom().failure(e);
        }
        // failures are the job's to handle; the queue moves on either way
        work.subscribe().with(ignored -> next(), failure -> next());
    }
}
