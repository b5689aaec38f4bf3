package com.voicedesk.application.audio;

import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSessionListener;

/**
 * Where every media adapter hands a new audio session (DESIGN.md §3): the application answers with the
 * listener that consumes its frames. One entry point, so the voice pipeline is written once.
 */
public interface OpenAudioSessionUseCase {

    AudioSessionListener open(AudioSession session);
}
