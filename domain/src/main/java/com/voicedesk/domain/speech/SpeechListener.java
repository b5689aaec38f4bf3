package com.voicedesk.domain.speech;

/** Receives a stream's events in order, on the adapter's I/O thread: must not block. */
@FunctionalInterface
public interface SpeechListener {

    void onEvent(SpeechEvent event);
}
