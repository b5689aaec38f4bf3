package com.voicedesk.domain.speech;

/**
 * Streaming speech-to-text: one stream per audio track. {@link #open} returns at once; the adapter connects
 * in the background and buffers the audio sent meanwhile, so the caller (a media socket's I/O thread) never
 * waits. Results and trouble arrive as {@link SpeechEvent}s on the listener; the listener must not block.
 */
@FunctionalInterface
public interface SpeechToText {

    SpeechStream open(SpeechStreamRequest request, SpeechListener listener);
}
