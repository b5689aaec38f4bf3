package com.voicedesk.adapters.livekit.tap;

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
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where LiveKit streams a tapped track: binary frames are raw PCM s16le (in the format the URL names, 48 kHz
 * mono by default), text frames are track events ({@code {"muted": true}}). Only connections that passed
 * {@link AudioTapUpgradeCheck} get here. Every frame goes to the application's audio session listener on the
 * connection's event loop, in order.
 */
@WebSocket(path = "/livekit/audio-tap/{token}", endpointId = AudioTapEndpoint.ID)
public class AudioTapEndpoint {

    static final String ID = "livekit-audio-tap";
    static final String PATH_PREFIX = "/livekit/audio-tap/";
    static final UserData.TypedKey<AudioTapLinks.Claims> CLAIMS = new UserData.TypedKey<>("voicedesk.audio-tap");
    private static final Logger LOG = Logger.getLogger(AudioTapEndpoint.class);

    private record Tap(LiveKitTapSession session, AudioSessionListener listener, long[] bytes) {
    }

    private final OpenAudioSessionUseCase sessions;
    private final ConcurrentHashMap<String, Tap> taps = new ConcurrentHashMap<>();

    public AudioTapEndpoint(OpenAudioSessionUseCase sessions) {
        this.sessions = sessions;
    }

    @OnOpen
    @NonBlocking
    public void onOpen(WebSocketConnection connection) {
        AudioTapLinks.Claims claims = connection.userData().get(CLAIMS);
        if (claims == null) { // cannot happen past the upgrade check; refuse rather than trust
            connection.close(new CloseReason(CloseReason.INTERNAL_SERVER_ERROR.getCode(), "unauthenticated"))
                    .subscribe().with(ignored -> { }, failure -> { });
            return;
        }
        LiveKitTapSession session = new LiveKitTapSession(connection, claims, Vertx.currentContext());
        AudioSessionListener listener;
        try {
            listener = sessions.open(session);
        } catch (RuntimeException e) { // nobody to take the audio: say so to LiveKit rather than swallow it
            LOG.errorf(e, "Audio tap %s could not be opened", session.id());
            connection.close(new CloseReason(CloseReason.INTERNAL_SERVER_ERROR.getCode(), "audio session refused"))
                    .subscribe().with(ignored -> { }, failure -> { });
            return;
        }
        session.listenWith(listener);
        taps.put(connection.id(), new Tap(session, listener, new long[1]));
        LOG.debugf("Audio tap %s open: room %s, participant %s, track %s", session.id(), claims.roomName(),
                claims.participantIdentity(), claims.trackSid());
        listener.onEvent(new AudioSessionEvent.Started(Map.of("room", claims.roomName(),
                "participant", claims.participantIdentity(), "trackSid", claims.trackSid())));
    }

    @OnBinaryMessage
    @NonBlocking
    public void onAudio(WebSocketConnection connection, Buffer audio) {
        Tap tap = taps.get(connection.id());
        if (tap == null) {
            return;
        }
        // The frame's place in the stream, from the bytes before it: LiveKit sends no timestamps.
        long offsetMillis = tap.bytes()[0] * 1000 / tap.session().format().bytesPerSecond();
        tap.bytes()[0] += audio.length();
        tap.listener().onFrame(new AudioFrame(AudioTrack.INBOUND, audio.getBytes(), offsetMillis));
    }

    @OnTextMessage
    @NonBlocking
    public void onEvent(WebSocketConnection connection, String message) {
        Tap tap = taps.get(connection.id());
        if (tap == null) {
            return;
        }
        try {
            JsonObject event = new JsonObject(message);
            if (event.containsKey("muted")) {
                LOG.debugf("Audio tap %s: track %s", tap.session().id(),
                        Boolean.TRUE.equals(event.getBoolean("muted")) ? "muted" : "unmuted");
            } else {
                LOG.debugf("Audio tap %s: event %s", tap.session().id(), message);
            }
        } catch (DecodeException | ClassCastException e) {
            LOG.debugf("Audio tap %s: unreadable text frame ignored", tap.session().id());
        }
    }

    @OnClose
    @NonBlocking
    public void onClose(WebSocketConnection connection, CloseReason reason) {
        Tap tap = taps.remove(connection.id());
        if (tap != null) {
            LOG.debugf("Audio tap %s closed (%s), %d bytes", tap.session().id(), reason, tap.bytes()[0]);
            tap.listener().onEvent(new AudioSessionEvent.Stopped(reason == null || reason.getMessage() == null
                    || reason.getMessage().isBlank() ? "closed" : reason.getMessage()));
        }
    }

    @OnError
    @NonBlocking
    public void onError(WebSocketConnection connection, Throwable failure) {
        LOG.warnf("Audio tap connection %s failed: %s", connection.id(), failure.toString());
    }
}
