package com.voicedesk.domain.audio;

/**
 * Receives a session's frames and events, on the media adapter's I/O thread: implementations must not
 * block; hand slow work (network calls, storage) to something asynchronous.
 */
public interface AudioSessionListener {

    void onFrame(AudioFrame frame);

    void onEvent(AudioSessionEvent event);
}
