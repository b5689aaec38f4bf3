package com.voicedesk.bootstrap.assistant;

import com.voicedesk.application.assistant.voice.VoiceSessionGrant;
import com.voicedesk.application.audio.OpenAudioSessionUseCase;
import com.voicedesk.domain.audio.AudioFrame;
import com.voicedesk.domain.audio.AudioSessionEvent;
import com.voicedesk.domain.audio.AudioSessionListener;
import com.voicedesk.domain.audio.AudioTrack;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.buffer.Buffer;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser talks to the assistant here ({@code /media/assistant?ticket=...}, the URL from
 * {@code POST /api/assistant/voice-sessions}): binary frames are the admin's microphone as PCM16 LE, 16 kHz mono;
 * a text frame {@code {"type":"stop"}} ends the utterance stream. Answers come back as JSON text frames:
 * {@code ready}, {@code transcript} (interim and final), {@code reply}, {@code navigation}, {@code error}.
 * Only connections whose ticket passed {@link AssistantVoiceUpgradeCheck} get here.
 */
@WebSocket(path = AssistantVoiceSocket.PATH, endpointId = AssistantVoiceSocket.ID)
public class AssistantVoiceSocket {

    public static final String PATH = "/media/assistant";
    static final String ID = "assistant-voice";
    static final UserData.TypedKey<VoiceSessionGrant> GRANT = new UserData.TypedKey<>("voicedesk.assistant-voice");
    private static final Logger LOG = Logger.getLogger(AssistantVoiceSocket.class);

    private record Voice(BrowserAudioSession session, AudioSessionListener listener, long[] bytes) {
    }

    private final OpenAudioSessionUseCase sessions;
    private final ConcurrentHashMap<String, Voice> open = new ConcurrentHashMap<>();

    public AssistantVoiceSocket(OpenAudioSessionUseCase sessions) {
        this.sessions = sessions;
    }

    @OnOpen
    @NonBlocking
    public void onOpen(WebSocketConnection connection) {
        VoiceSessionGrant grant = connection.userData().get(GRANT);
        if (grant == null) { // cannot happen past the upgrade check; refuse rather than trust
            connection.close(new CloseReason(CloseReason.INTERNAL_SERVER_ERROR.getCode(), "unauthenticated"))
                    .subscribe().with(ignored -> { }, failure -> { });
            return;
        }
        BrowserAudioSession session = new BrowserAudioSession(connection, grant);
        AudioSessionListener listener = sessions.open(session);
        open.put(connection.id(), new Voice(session, listener, new long[1]));
        Map<String, String> parameters = new HashMap<>();
        parameters.put("participant", grant.identity());
        parameters.put("speak", Boolean.toString(grant.speak()));
        if (grant.room() != null) {
            parameters.put("room", grant.room());
        }
        if (grant.conversationId() != null) {
            parameters.put("conversationId", grant.conversationId().toString());
        }
        listener.onEvent(new AudioSessionEvent.Started(parameters));
    }

    @OnBinaryMessage
    @NonBlocking
    public void onAudio(WebSocketConnection connection, Buffer audio) {
        Voice voice = open.get(connection.id());
        if (voice == null) {
            return;
        }
        long offsetMillis = voice.bytes()[0] * 1000 / voice.session().format().bytesPerSecond();
        voice.bytes()[0] += audio.length();
        voice.listener().onFrame(new AudioFrame(AudioTrack.INBOUND, audio.getBytes(), offsetMillis));
    }

    @OnTextMessage
    @NonBlocking
    public void onControl(WebSocketConnection connection, String message) {
        Voice voice = open.get(connection.id());
        if (voice != null && message.contains("\"stop\"")) {
            voice.listener().onEvent(new AudioSessionEvent.Stopped("stopped by the browser"));
        }
    }

    @OnClose
    @NonBlocking
    public void onClose(WebSocketConnection connection) {
        Voice voice = open.remove(connection.id());
        if (voice != null) {
            voice.listener().onEvent(new AudioSessionEvent.Stopped("closed"));
        }
    }

    @OnError
    @NonBlocking
    public void onError(WebSocketConnection connection, Throwable failure) {
        LOG.debugf("Voice socket %s failed: %s", connection.id(), failure.toString());
    }
}
