package com.voicedesk.application.audio;

import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSessionListener;

/**
 * Sends every audio session where it belongs: audio of a call (a phone call, a consultation) is transcribed;
 * audio without a call (an admin talking to the assistant, a collaboration room) is a conversation with the
 * assistant.
 */
public final class RoutedAudioSessions implements OpenAudioSessionUseCase {

    private final OpenAudioSessionUseCase calls;
    private final OpenAudioSessionUseCase assistant;

    public RoutedAudioSessions(OpenAudioSessionUseCase calls, OpenAudioSessionUseCase assistant) {
        this.calls = calls;
        this.assistant = assistant;
    }

    @Override
    public AudioSessionListener open(AudioSession session) {
        return session.callId().isPresent() ? calls.open(session) : assistant.open(session);
    }
}
