package com.voicedesk.adapters.twilio.media;

import com.voicedesk.adapters.twilio.TwilioConfig;
import com.voicedesk.application.audio.OpenAudioSessionUseCase;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.InboundProcessingMode;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Twilio Media Streams ({@code <Start><Stream url="wss://.../media/twilio">}). Callbacks run on the event loop
 * (non-blocking): parsing, base64 and mu-law decoding happen inline, everything slower is the listener's
 * asynchronous business. The stream authenticates with the token in its start message; see
 * {@link MediaStreamAuthorizer}. Messages still arrive one at a time and in order: each is dispatched on the
 * connection's event loop and handled before the next (the callbacks return nothing and never block), so the
 * per-message queue of {@code SERIAL} mode would only add work to a hundred messages a second a call.
 */
@WebSocket(path = TwilioMediaStreamEndpoint.PATH, inboundProcessingMode = InboundProcessingMode.CONCURRENT)
public class TwilioMediaStreamEndpoint {

    public static final String PATH = "/media/twilio";
    private static final Logger LOG = Logger.getLogger(TwilioMediaStreamEndpoint.class);

    private final ConcurrentHashMap<String, MediaStreamConnection> connections = new ConcurrentHashMap<>();
    private final Set<String> activeCalls = ConcurrentHashMap.newKeySet();
    private final MediaStreamAuthorizer authorizer;
    private final OpenAudioSessionUseCase sessions;
    private final int maxPending;

    public TwilioMediaStreamEndpoint(MediaStreamAuthorizer authorizer, OpenAudioSessionUseCase sessions,
                                     TwilioConfig config) {
        this.authorizer = authorizer;
        this.sessions = sessions;
        this.maxPending = config.maxPendingMessages();
    }

    @OnOpen
    @NonBlocking
    void onOpen(WebSocketConnection connection) {
        connections.put(connection.id(), new MediaStreamConnection(connection, authorizer, sessions, activeCalls, maxPending));
    }

    @OnTextMessage
    @NonBlocking
    void onMessage(String message, WebSocketConnection connection) {
        MediaStreamConnection stream = connections.get(connection.id());
        if (stream != null) {
            stream.onText(message);
        }
    }

    @OnClose
    @NonBlocking
    void onClose(WebSocketConnection connection, CloseReason reason) {
        MediaStreamConnection stream = connections.remove(connection.id());
        if (stream != null) {
            stream.onClose("socket closed (" + reason.getCode() + ")");
        }
    }

    @OnError
    @NonBlocking
    void onError(WebSocketConnection connection, Throwable failure) {
        LOG.warnf("Media socket %s failed: %s", connection.id(), failure.toString());
        MediaStreamConnection stream = connections.remove(connection.id());
        if (stream != null) {
            stream.onClose("socket failed: " + failure.getMessage());
        }
        connection.close(new CloseReason(1011, "internal error")).subscribe().with(ignored -> { }, ignored -> { });
    }

    /** Streams currently open on this instance (for metrics and the benchmark). */
    public int openStreams() {
        return connections.size();
    }
}
