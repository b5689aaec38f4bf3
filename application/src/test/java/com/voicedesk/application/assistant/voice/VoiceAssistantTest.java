package com.voicedesk.application.assistant.voice;

import com.voicedesk.application.assistant.ChatCommand;
import com.voicedesk.application.assistant.ChatResult;
import com.voicedesk.application.assistant.ChatWithAssistantUseCase;
import com.voicedesk.application.audio.RoutedAudioSessions;
import com.voicedesk.application.call.DatabaseWork;
import com.voicedesk.domain.assistant.ConversationId;
import com.voicedesk.domain.assistant.NavigationCommand;
import com.voicedesk.domain.audio.AudioFormat;
import com.voicedesk.domain.audio.AudioFrame;
import com.voicedesk.domain.audio.AudioParticipant;
import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSessionEvent;
import com.voicedesk.domain.audio.AudioSessionListener;
import com.voicedesk.domain.audio.AudioSource;
import com.voicedesk.domain.audio.AudioTrack;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.speech.SpeechEvent;
import com.voicedesk.domain.speech.SpeechListener;
import com.voicedesk.domain.speech.SpeechStream;
import com.voicedesk.domain.speech.SpeechStreamRequest;
import com.voicedesk.domain.speech.SpeechToText;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class VoiceAssistantTest {

    private final TenantId tenant = TenantId.random();

    /** A browser-like session: one admin's audio, JSON messages back. */
    private final class Session implements AudioSession {
        final List<String> messages = new CopyOnWriteArrayList<>();
        final Optional<CallId> call;

        Session(Optional<CallId> call) {
            this.call = call;
        }

        public String id() { return "s-1"; }
        public TenantId tenantId() { return tenant; }
        public Optional<CallId> callId() { return call; }
        public Optional<AudioParticipant> participant() { return Optional.of(new AudioParticipant("alice", ParticipantRole.ADMIN)); }
        public AudioSource source() { return AudioSource.BROWSER_SOCKET; }
        public AudioFormat format() { return AudioFormat.PCM16_16K; }
        public boolean canPlay() { return false; }
        public void play(byte[] audio) { }
        public void clearPlayback() { }
        public void mark(String name) { }
        public boolean canSendMessages() { return true; }
        public void sendMessage(String json) { messages.add(json); }
        public void close(String reason) { }
    }

    /** Speech-to-text under the test's control: it records the audio and lets the test speak results. */
    private static final class Recognizer implements SpeechToText {
        final List<byte[]> audio = new ArrayList<>();
        SpeechListener listener;
        SpeechStreamRequest request;
        boolean finished;

        public SpeechStream open(SpeechStreamRequest request, SpeechListener listener) {
            this.request = request;
            this.listener = listener;
            return new SpeechStream() {
                public void send(byte[] bytes) { audio.add(bytes); }
                public void finish() { finished = true; }
                public void abort(String reason) { }
            };
        }

        void say(String text, boolean endOfSpeech) {
            listener.onEvent(new SpeechEvent.Final("seg-" + text.hashCode(), text, Duration.ZERO, Duration.ofSeconds(1),
                    0.9, List.of(), endOfSpeech));
        }
    }

    /** The assistant: records every command; answers at once, or when the test says so. */
    private static final class Assistant implements ChatWithAssistantUseCase {
        final List<ChatCommand> commands = new CopyOnWriteArrayList<>();
        final List<UniEmitter<? super ChatResult>> pending = new CopyOnWriteArrayList<>();
        boolean answerAtOnce = true;
        final ConversationId conversation = ConversationId.random();

        public Uni<ChatResult> chat(ChatCommand command) {
            commands.add(command);
            return Uni.createFrom().emitter(emitter -> {
                if (answerAtOnce) {
                    emitter.complete(result(command));
                } else {
                    pending.add(emitter);
                }
            });
        }

        ChatResult result(ChatCommand command) {
            return new ChatResult(conversation, commands.size(), "Here are the new leads", "rules", List.of(),
                    List.of(new NavigationCommand(NavigationCommand.Action.SHOW, NavigationCommand.Target.LEADS, List.of(), null)),
                    ChatResult.Speech.notRequested(), null);
        }
    }

    private final Recognizer recognizer = new Recognizer();
    private final Assistant assistant = new Assistant();
    private final VoiceAssistant voice = new VoiceAssistant(recognizer, assistant, new DatabaseWork(Runnable::run));

    private AudioSessionListener open(Session session, Map<String, String> parameters) {
        AudioSessionListener listener = voice.open(session);
        listener.onEvent(new AudioSessionEvent.Started(parameters));
        listener.onFrame(new AudioFrame(AudioTrack.INBOUND, new byte[320], 0));
        return listener;
    }

    @Test
    void finalPiecesMakeOneUtteranceAndTheReplyComesBackOnTheSocket() {
        Session session = new Session(Optional.empty());
        open(session, Map.of("participant", "alice"));
        assertThat(recognizer.request.format()).isEqualTo(AudioFormat.PCM16_16K);
        assertThat(recognizer.audio).hasSize(1);

        recognizer.say("show me new leads", false);
        recognizer.say("from this week", true);

        assertThat(assistant.commands).singleElement().satisfies(command -> {
            assertThat(command.message()).isEqualTo("show me new leads from this week");
            assertThat(command.actor()).isEqualTo("alice");
            assertThat(command.delivery().room()).isNull();
            assertThat(command.delivery().speak()).isTrue();
            assertThat(command.conversationId()).isNull();
        });
        assertThat(session.messages).anyMatch(m -> m.contains("\"type\":\"ready\""))
                .anyMatch(m -> m.contains("\"type\":\"transcript\"") && m.contains("from this week"))
                .anyMatch(m -> m.contains("\"type\":\"reply\"") && m.contains("Here are the new leads"))
                .anyMatch(m -> m.contains("\"type\":\"navigation\"") && m.contains("\"target\":\"leads\""));
    }

    @Test
    void theConversationContinuesAndUtterancesAreAnsweredInTurn() {
        assistant.answerAtOnce = false;
        Session session = new Session(Optional.empty());
        open(session, Map.of());
        recognizer.say("open Sarah", true);
        recognizer.say("mark her as booked", true);
        assertThat(assistant.commands).as("the second waits for the first answer").hasSize(1);

        assistant.pending.getFirst().complete(assistant.result(assistant.commands.getFirst()));
        assertThat(assistant.commands).hasSize(2);
        assertThat(assistant.commands.get(1).message()).isEqualTo("mark her as booked");
        assertThat(assistant.commands.get(1).conversationId()).isEqualTo(assistant.conversation);
    }

    @Test
    void aRoomIsOneConversationAndGetsTheRepliesToo() {
        Session first = new Session(Optional.empty());
        open(first, Map.of("room", "m10.collaboration-team", "participant", "alice"));
        recognizer.say("show recent calls", true);
        Session second = new Session(Optional.empty());
        open(second, Map.of("room", "m10.collaboration-team", "participant", "bob"));
        recognizer.say("show new leads", true);

        assertThat(assistant.commands).hasSize(2);
        assertThat(assistant.commands.get(0).conversationId()).isNotNull()
                .isEqualTo(assistant.commands.get(1).conversationId());
        assertThat(assistant.commands.get(1).delivery().room()).isEqualTo("m10.collaboration-team");
        assertThat(assistant.commands.get(1).delivery().identities()).containsExactly("bob");
    }

    @Test
    void theEndOfTheAudioFlushesWhatWasSaidAndAFailureIsReported() {
        Session session = new Session(Optional.empty());
        AudioSessionListener listener = open(session, Map.of());
        recognizer.say("add a note to Sarah: wants a sax player", false);
        listener.onEvent(new AudioSessionEvent.Stopped("closed"));
        assertThat(recognizer.finished).isTrue();
        recognizer.listener.onEvent(new SpeechEvent.Closed(Duration.ZERO));
        assertThat(assistant.commands).extracting(ChatCommand::message).containsExactly("add a note to Sarah: wants a sax player");

        recognizer.listener.onEvent(new SpeechEvent.Failed("no Deepgram key"));
        assertThat(session.messages).anyMatch(m -> m.contains("\"type\":\"error\"") && m.contains("no Deepgram key"));
    }

    @Test
    void onlyTheAdminsOwnTrackIsHeardAndSilenceAsksNothing() {
        Session session = new Session(Optional.empty());
        AudioSessionListener listener = open(session, Map.of());
        listener.onFrame(new AudioFrame(AudioTrack.OUTBOUND, new byte[320], 20));
        assertThat(recognizer.audio).hasSize(1);
        recognizer.listener.onEvent(new SpeechEvent.UtteranceEnd(Duration.ofSeconds(1)));
        recognizer.say("   ", true);
        assertThat(assistant.commands).isEmpty();
    }

    @Test
    void callsAreTranscribedAndEverythingElseTalksToTheAssistant() {
        List<AudioSession> transcribed = new ArrayList<>();
        RoutedAudioSessions router = new RoutedAudioSessions(s -> {
            transcribed.add(s);
            return null;
        }, voice);
        router.open(new Session(Optional.of(CallId.random())));
        AudioSessionListener assistantListener = router.open(new Session(Optional.empty()));
        assertThat(transcribed).hasSize(1);
        assertThat(assistantListener).isNotNull();
    }
}
