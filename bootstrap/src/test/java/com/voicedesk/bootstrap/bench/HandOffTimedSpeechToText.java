package com.voicedesk.bootstrap.bench;

import com.voicedesk.adapters.ai.deepgram.DeepgramSpeechToText;
import com.voicedesk.domain.speech.SpeechListener;
import com.voicedesk.domain.speech.SpeechStream;
import com.voicedesk.domain.speech.SpeechStreamRequest;
import com.voicedesk.domain.speech.SpeechToText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's second end point, closer to issue 4's "audio reaching the STT stream" than the stand-in's read:
 * the real {@link DeepgramSpeechToText}, timed when its {@code send} has returned, that is when the frame was
 * written to the Deepgram socket (on loopback the write also puts it in the stand-in's receive buffer). It leaves
 * out what happens after the hand-off on the benchmark's own side (the stand-in waiting for a core to read), which a
 * remote Deepgram would not add to VoiceDesk's latency. Enabled only by {@link BenchmarkProfile}.
 */
@Alternative
@ApplicationScoped
public class HandOffTimedSpeechToText implements SpeechToText {

    static final Histogram HANDED_OFF = new Histogram();
    /** Marked frames handed off, all along: with the peer's and the stand-in's counts, where a missing frame went. */
    static final AtomicLong MARKED = new AtomicLong();

    private final DeepgramSpeechToText deepgram;

    public HandOffTimedSpeechToText(DeepgramSpeechToText deepgram) {
        this.deepgram = deepgram;
    }

    @Override
    public SpeechStream open(SpeechStreamRequest request, SpeechListener listener) {
        SpeechStream stream = deepgram.open(request, listener);
        return new SpeechStream() {
            @Override
            public void send(byte[] audio) {
                stream.send(audio);
                long now = System.nanoTime();
                long sent = SttStandIn.sentAt(audio);
                if (sent != 0) {
                    MARKED.incrementAndGet();
                    HANDED_OFF.add(now, sent, SttStandIn.measureFromNanos);
                }
            }

            @Override
            public void finish() {
                stream.finish();
            }

            @Override
            public void abort(String reason) {
                stream.abort(reason);
            }
        };
    }
}
