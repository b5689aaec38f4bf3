package com.voicedesk.domain.speech;

/** One open recognition stream. Every method is non-blocking and safe to call from any thread. */
public interface SpeechStream {

    /** Audio in the request's format, in order. */
    void send(byte[] audio);

    /**
     * The audio is over: the provider flushes what it still holds, every final result is delivered, then
     * {@link SpeechEvent.Closed} (or {@link SpeechEvent.Failed}) ends the stream.
     */
    void finish();

    /** Drops the stream at once, without waiting for results. */
    void abort(String reason);
}
