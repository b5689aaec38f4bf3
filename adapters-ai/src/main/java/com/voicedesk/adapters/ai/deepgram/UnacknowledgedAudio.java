package com.voicedesk.adapters.ai.deepgram;

import io.vertx.core.buffer.Buffer;

import java.util.function.Consumer;

/**
 * The audio of one stream that Deepgram has not finalised yet, addressed by absolute byte offset, kept in one
 * ring that grows (doubling) up to the replay limit and is reused for the stream's life. Why a ring: audio
 * waits a second or more for its final result, and a deque holding every 20 ms frame kept tens of thousands of
 * small arrays alive across young collections at a few hundred calls, each copied and then promoted; a ring
 * is one array that stays where it is. Not thread-safe: {@link DeepgramStream} guards it with its monitor.
 */
final class UnacknowledgedAudio {

    private final int maxBytes;
    private final int frameBytes;
    private byte[] ring;
    /** Absolute offset of the oldest byte kept: everything before it is acknowledged or was dropped. */
    private long start;
    /** Absolute offset just past the newest byte: every byte ever appended. */
    private long end;
    private long droppedBytes;
    /** The absolute offset that sits at index 0 of the ring (modulo its size): moved when the ring grows. */
    private long rebase;

    /**
     * @param initialBytes the ring's first size (grown as needed)
     * @param maxBytes     most audio kept; beyond it the oldest is dropped (and counted)
     * @param frameBytes   bytes per sample frame: drops never split a sample
     */
    UnacknowledgedAudio(int initialBytes, int maxBytes, int frameBytes) {
        if (frameBytes < 1 || maxBytes < frameBytes) {
            throw new IllegalArgumentException("maxBytes " + maxBytes + " must hold a frame of " + frameBytes + " bytes");
        }
        this.frameBytes = frameBytes;
        this.maxBytes = maxBytes - maxBytes % frameBytes;
        this.ring = new byte[Math.max(frameBytes, Math.min(initialBytes, this.maxBytes))];
    }

    /** Keeps {@code audio} after everything appended so far, dropping the oldest audio beyond the limit. */
    void append(byte[] audio) {
        long needed = size() + audio.length;
        if (needed > ring.length && ring.length < maxBytes) {
            grow(needed);
        }
        if (audio.length > ring.length) {
            // more than the whole limit in one piece: only its newest part can be kept
            int skip = audio.length - ring.length;
            skip += (frameBytes - skip % frameBytes) % frameBytes;
            drop(size());
            droppedBytes += skip;
            start += skip;
            end += skip;
            copyIn(audio, skip, audio.length - skip);
            return;
        }
        long overflow = needed - ring.length;
        if (overflow > 0) {
            drop(Math.min(size(), overflow + (frameBytes - overflow % frameBytes) % frameBytes));
        }
        copyIn(audio, 0, audio.length);
    }

    /** Audio before {@code upTo} (absolute) is final and will never be replayed. */
    void acknowledge(long upTo) {
        if (upTo > start) {
            start = Math.min(upTo, end);
        }
    }

    /** Hands the kept audio, oldest first, to {@code sink} in fresh buffers of at most {@code sliceBytes}. */
    void replay(int sliceBytes, Consumer<Buffer> sink) {
        int slice = Math.max(frameBytes, sliceBytes - sliceBytes % frameBytes);
        for (long at = start; at < end; at += slice) {
            int length = (int) Math.min(slice, end - at);
            Buffer buffer = Buffer.buffer(length);
            int from = index(at);
            int first = Math.min(length, ring.length - from);
            buffer.appendBytes(ring, from, first);
            if (first < length) {
                buffer.appendBytes(ring, 0, length - first);
            }
            sink.accept(buffer);
        }
    }

    /** Offset of the oldest byte kept (acknowledged or dropped before it). */
    long start() {
        return start;
    }

    /** Offset just past the newest byte appended. */
    long end() {
        return end;
    }

    long size() {
        return end - start;
    }

    /** Audio dropped unacknowledged because the limit was reached. */
    long droppedBytes() {
        return droppedBytes;
    }

    /** The ring's current size (it only grows), for tests and memory estimates. */
    int capacity() {
        return ring.length;
    }

    private void drop(long bytes) {
        droppedBytes += bytes;
        start += bytes;
    }

    private void grow(long needed) {
        long capacity = ring.length;
        while (capacity < needed) {
            capacity <<= 1;
        }
        byte[] grown = new byte[(int) Math.min(capacity, maxBytes)];
        int length = (int) size();
        int from = index(start);
        int first = Math.min(length, ring.length - from);
        System.arraycopy(ring, from, grown, 0, first);
        System.arraycopy(ring, 0, grown, first, length - first);
        ring = grown;
        rebase = start;
    }

    private int index(long at) {
        return (int) Math.floorMod(at - rebase, (long) ring.length);
    }

    private void copyIn(byte[] audio, int offset, int length) {
        int to = index(end);
        int first = Math.min(length, ring.length - to);
        System.arraycopy(audio, offset, ring, to, first);
        System.arraycopy(audio, offset + first, ring, 0, length - first);
        end += length;
    }
}
