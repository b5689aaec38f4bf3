package com.voicedesk.application.assistant.voice;

import com.voicedesk.application.assistant.AssistantPayloads;
import com.voicedesk.application.assistant.ChatCommand;
import com.voicedesk.application.assistant.ChatResult;
import com.voicedesk.application.assistant.ChatWithAssistantUseCase;
import com.voicedesk.application.assistant.JsonText;
import com.voicedesk.application.assistant.ReplyDelivery;
import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.audio.AudioFrame;
import com.voicedesk.domain.audio.AudioParticipant;
import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSessionEvent;
import com.voicedesk.domain.audio.AudioSessionListener;
import com.voicedesk.domain.audio.AudioTrack;
import com.voicedesk.domain.speech.SpeechEvent;
import com.voicedesk.domain.speech.SpeechStream;
import com.voicedesk.domain.speech.SpeechStreamRequest;
import com.voicedesk.domain.speech.SpeechToText;
import io.smallrye.mutiny.Uni;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One spoken conversation with the assistant, over one audio session. Final transcript pieces gather into an
 * utterance until the speaker stops (the provider's endpoint or utterance-end signal, or the end of the audio);
 * then the utterance goes to the assistant. Utterances are answered one at a time, in order: a second one
 * spoken while the first is being answered waits its turn rather than racing it.
 * <p>
 * Where the conversation lives: the session's own parameters name it ({@code conversationId}), else a room
 * keeps one conversation for good (a collaboration room is one shared session), else the session starts one.
 */
final class VoiceConversation implements AudioSessionListener {

    private static final System.Logger LOG = System.getLogger(VoiceConversation.class.getName());

    private final AudioSession session;
    private final SpeechToText speechToText;
    private final ChatWithAssistantUseCase assistant;
    private final DatabaseWork database;

    private final StringBuilder utterance = new StringBuilder();
    private SpeechStream stream;
    private boolean stopped;
    private String room;
    private String speaker;
    private boolean speak = true;
    private ConversationId conversation;
    private Uni<Void> answering = Uni.createFrom().voidItem();

    VoiceConversation(AudioSession session, SpeechToText speechToText, ChatWithAssistantUseCase assistant,
                      DatabaseWork database) {
        this.session = session;
        this.speechToText = speechToText;
        this.assistant = assistant;
        this.database = database;
        this.speaker = session.participant().map(AudioParticipant::identity).orElse("admin");
    }

    @Override
    public void onFrame(AudioFrame frame) {
        if (frame.track() != AudioTrack.INBOUND) {
            return;
        }
        SpeechStream open = stream();
        if (open != null) {
            open.send(frame.payload());
        }
    }

    @Override
    public void onEvent(AudioSessionEvent event) {
        switch (event) {
            case AudioSessionEvent.Started started -> start(started.parameters());
            case AudioSessionEvent.Stopped stopped -> stop();
            case AudioSessionEvent.Dtmf ignored -> { }
            case AudioSessionEvent.PlaybackMarked ignored -> { }
        }
    }

    private synchronized void start(Map<String, String> parameters) {
        room = blankToNull(parameters.get("room"));
        speaker = parameters.getOrDefault("participant", speaker);
        speak = !"false".equalsIgnoreCase(parameters.get("speak"));
        String named = blankToNull(parameters.get("conversationId"));
        if (named != null) {
            conversation = ConversationId.of(named);
        } else if (room != null) {
            // a room is one conversation, across sessions and participants: the same id every time
            conversation = new ConversationId(UUID.nameUUIDFromBytes(
                    (session.tenantId() + "/" + room).getBytes(StandardCharsets.UTF_8)));
        }
        send(Map.of("type", "ready", "sessionId", session.id()));
    }

    private synchronized SpeechStream stream() {
        if (stream == null && !stopped) {
            stream = speechToText.open(new SpeechStreamRequest(session.tenantId(), "assistant:" + session.id(),
                    session.format()), this::onSpeech);
        }
        return stream;
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (stream != null) {
            stream.finish();
        }
    }

    private void onSpeech(SpeechEvent event) {
        switch (event) {
            case SpeechEvent.Interim interim -> {
                if (!interim.text().isBlank()) {
                    send(transcript(interim.text(), false));
                }
            }
            case SpeechEvent.Final result -> {
                if (!result.text().isBlank()) {
                    synchronized (this) {
                        utterance.append(utterance.isEmpty() ? "" : " ").append(result.text().strip());
                    }
                    send(transcript(result.text(), true));
                }
                if (result.endOfSpeech()) {
                    utteranceOver();
                }
            }
            case SpeechEvent.UtteranceEnd ignored -> utteranceOver();
            case SpeechEvent.Closed ignored -> utteranceOver();
            case SpeechEvent.Failed failed -> {
                utteranceOver();
                send(Map.of("type", "error", "detail", "Speech recognition is unavailable: " + failed.reason()));
            }
            case SpeechEvent.SpeechStarted ignored -> { }
            case SpeechEvent.Interrupted ignored -> { }
        }
    }

    /** Hands what was said to the assistant, after whatever it is still answering. */
    private void utteranceOver() {
        String said;
        synchronized (this) {
            said = utterance.toString().strip();
            utterance.setLength(0);
            if (said.isEmpty()) {
                return;
            }
            String text = said.length() > ChatCommand.MAX_MESSAGE ? said.substring(0, ChatCommand.MAX_MESSAGE) : said;
            Uni<Void> previous = answering;
            answering = previous.chain(() -> answer(text)).memoize().indefinitely();
            answering.subscribe().with(ignored -> { }, failure -> { });
        }
    }

    private Uni<Void> answer(String text) {
        ChatCommand command;
        synchronized (this) {
            command = new ChatCommand(session.tenantId(), conversation, text, speaker,
                    new ReplyDelivery(room, room == null ? List.of() : List.of(speaker), speak));
        }
        return database.run(() -> assistant.chat(command))
                .invoke(result -> {
                    synchronized (this) {
                        conversation = result.conversationId();
                    }
                    send(AssistantPayloads.reply(result));
                    AssistantPayloads.navigation(result).forEach(this::send);
                })
                .onFailure().invoke(failure -> {
                    LOG.log(System.Logger.Level.WARNING, "Voice session {0}: the assistant could not answer: {1}",
                            session.id(), failure.toString());
                    send(Map.of("type", "error", "detail", "The assistant could not answer: " + failure.getMessage()));
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static Map<String, Object> transcript(String text, boolean isFinal) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "transcript");
        message.put("text", text);
        message.put("final", isFinal);
        return message;
    }

    /** Text back on the session's own channel, where it has one (the room gets the reply from the assistant). */
    private void send(Map<String, ?> message) {
        if (session.canSendMessages()) {
            try {
                session.sendMessage(JsonText.write(message));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "Voice session {0}: message not sent: {1}", session.id(), e.toString());
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
