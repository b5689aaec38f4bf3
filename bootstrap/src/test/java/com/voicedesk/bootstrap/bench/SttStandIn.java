package com.voicedesk.bootstrap.bench;

import com.voicedesk.domain.audio.MuLaw;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The benchmark's speech-to-text stand-in: speaks enough of Deepgram's live protocol (an empty final result per
 * second of audio, at a random phase per stream; Metadata and close on CloseStream) and timestamps every audio
 * frame on arrival. Each frame carries a marker (its first four samples: a message id in base 127, as mu-law codes)
 * that maps to the time the simulated Twilio peer sent it, in {@link #SENT_AT}. One {@link RawLoop} thread: of each
 * audio frame it unmasks only the marker.
 */
public final class SttStandIn implements QuarkusTestResourceLifecycleManager {

    static final int IDS = 1 << 22;
    /** The linear16 8 kHz mono audio VoiceDesk sends for a Twilio call. */
    private static final int BYTES_PER_SECOND = 16_000;
    static final AtomicLongArray SENT_AT = new AtomicLongArray(IDS);
    static final AtomicLong NEXT_ID = new AtomicLong(1);
    static final Histogram LATENCY = new Histogram();
    static final AtomicLong UNMARKED = new AtomicLong();
    /** Frames that carried a marker the peer sent: what "dropped" is counted against. */
    static final AtomicLong MARKED = new AtomicLong();
    /** Speech streams open right now (VoiceDesk opens one per track on its first audio). */
    static final AtomicInteger OPEN = new AtomicInteger();
    /** Where the measured window's seconds are counted from (latencies carry the second they were taken in). */
    static volatile long measureFromNanos;
    static volatile long standInThread = -1;
    private static RawLoop loop;

    @Override
    public Map<String, String> start() {
        loop = new RawLoop("stt-stand-in");
        standInThread = loop.threadId();
        try {
            ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
            server.configureBlocking(false);
            loop.registerAndWait(server, SelectionKey.OP_ACCEPT, key -> {
                for (SocketChannel accepted; (accepted = server.accept()) != null; ) {
                    RawSocket.accept(loop, accepted, new Stream());
                }
            });
            return Map.of("voicedesk.deepgram.url",
                    "ws://127.0.0.1:" + ((InetSocketAddress) server.getLocalAddress()).getPort() + "/v1/listen");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (loop != null) {
            try {
                loop.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Marks a mu-law chunk with a new id (first 4 bytes) and returns the id. */
    static long mark(byte[] mulaw) {
        long id = NEXT_ID.getAndIncrement() % 268_000_000L;
        long rest = id;
        for (int i = 0; i < 4; i++) {
            mulaw[i] = (byte) (rest % 127);
            rest /= 127;
        }
        return id;
    }

    /** The send time of the message whose audio this is (16-bit little-endian samples), or 0 for unmarked audio. */
    static long sentAt(byte[] pcm) {
        return pcm.length < 8 ? 0 : sentAt(i -> pcm[i]);
    }

    /** The same, of the audio in a received frame (unmasking only the marker's 8 bytes). */
    static long sentAt(RawSocket.Frame frame) {
        return frame.length < 8 ? 0 : sentAt(frame::at);
    }

    private static long sentAt(java.util.function.IntUnaryOperator pcmByte) {
        long id = 0;
        for (int i = 3; i >= 0; i--) {
            int sample = (pcmByte.applyAsInt(i * 2) & 0xFF) | (pcmByte.applyAsInt(i * 2 + 1) << 8);
            int code = MuLaw.encode((short) sample) & 0xFF;
            if (code > 126) {
                return 0;
            }
            id = id * 127 + code;
        }
        return SENT_AT.get((int) (id % IDS));
    }

    /** Seconds of 16-bit 8 kHz audio, as Deepgram writes them (milliseconds precision). */
    private static String seconds(long bytes) {
        return BigDecimal.valueOf(bytes * 1000 / BYTES_PER_SECOND, 3).toPlainString();
    }

    /**
     * One Deepgram stream: a final result per second of audio, each stream at its own phase (independent calls'
     * results do not arrive together: in step, 600 streams would send theirs within the same ~100 ms every second).
     */
    private static final class Stream implements RawSocket.Frames {
        private long bytes;
        private long finalized;
        private long nextFinal = 2 + 2L * ThreadLocalRandom.current().nextInt(BYTES_PER_SECOND / 2);

        @Override
        public void onOpen(RawSocket socket) {
            OPEN.incrementAndGet();
        }

        @Override
        public void onFrame(RawSocket socket, RawSocket.Frame frame) {
            try {
                if (frame.opcode == RawSocket.BINARY) {
                    audio(socket, frame);
                } else if (frame.opcode == RawSocket.TEXT && frame.text().contains("CloseStream")) {
                    socket.text("{\"type\":\"Metadata\",\"request_id\":\"bench\"}");
                    socket.flush();
                    socket.close();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void onClose(RawSocket socket) {
            OPEN.decrementAndGet();
        }

        private void audio(RawSocket socket, RawSocket.Frame frame) throws IOException {
            long now = System.nanoTime();
            long sent = sentAt(frame);
            if (sent == 0) {
                UNMARKED.incrementAndGet();
            } else {
                MARKED.incrementAndGet();
                LATENCY.add(now, sent, measureFromNanos);
            }
            bytes += frame.length;
            if (bytes >= nextFinal) {
                while (bytes >= nextFinal) {
                    socket.text("{\"type\":\"Results\",\"start\":" + seconds(finalized) + ",\"duration\":"
                            + seconds(nextFinal - finalized) + ",\"is_final\":true,\"speech_final\":false,"
                            + "\"channel\":{\"alternatives\":[{\"transcript\":\"\",\"confidence\":0,\"words\":[]}]}}");
                    finalized = nextFinal;
                    nextFinal += BYTES_PER_SECOND;
                }
                socket.flush();
            }
        }
    }
}
