package com.voicedesk.application.assistant.voice;

import com.voicedesk.application.assistant.ChatWithAssistantUseCase;
import com.voicedesk.application.audio.OpenAudioSessionUseCase;
import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSessionListener;
import com.voicedesk.domain.speech.SpeechToText;

/**
 * The voice path of the admin assistant (issue 5): speech from the browser (the voice socket, or a LiveKit
 * tap of an assistant or collaboration room) is transcribed, each finished utterance goes to the assistant as
 * one message, and the reply goes back as text (on the socket when there is one, on the room's data topics
 * {@code assistant} and {@code navigation} when the session belongs to a room) and as stored speech.
 */
public final class VoiceAssistant implements OpenAudioSessionUseCase {

    private final SpeechToText speechToText;
    private final ChatWithAssistantUseCase assistant;
    private final DatabaseWork database;

    public VoiceAssistant(SpeechToText speechToText, ChatWithAssistantUseCase assistant, DatabaseWork database) {
        this.speechToText = speechToText;
        this.assistant = assistant;
        this.database = database;
    }

    @Override
    public AudioSessionListener open(AudioSession session) {
        return new VoiceConversation(session, speechToText, assistant, database);
    }
}
