package com.voicedesk.adapters.twilio.media;

import com.voicedesk.application.audio.OpenAudioSessionUseCase;
import com.voicedesk.domain.audio.AudioFrame;
import com.voicedesk.domain.audio.AudioSessionEvent;
import com.voicedesk.domain.audio.AudioSessionListener;
import com.voicedesk.domain.audio.MuLaw;
import com.voicedesk.domain.call.Call;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import org.jboss.logging.Logger;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Set;

/**
 * One Twilio media socket: waits for {@code start}, has the stream authorized, then turns media into frames
 * for the application's listener. Media arriving while the token is checked is held (bounded) and delivered
 * in order afterwards. Messages arrive one at a time, on the socket's event loop; the authorization
 * result arrives on another thread, hence the monitor.
 */
final class MediaStreamConnection {

    private static final Logger LOG = Logger.getLogger(MediaStreamConnection.class);

    /** Policy violation: what a malformed or unauthorized stream is closed with. */
    static final int POLICY_VIOLATION = 1008;

    private enum State { AWAITING_START, AUTHORIZING, STREAMING, CLOSED }

    private final WebSocketConnection connection;
    private final MediaStreamAuthorizer authorizer;
    private final OpenAudioSessionUseCase sessions;
    private final Set<String> activeCalls;
    private final int maxPending;
    private final ArrayDeque<Object> pending = new ArrayDeque<>();

    private State state = State.AWAITING_START;
    private AudioSessionListener listener;
    private String callKey;
    private long droppedWhileAuthorizing;

    MediaStreamConnection(WebSocketConnection connection, MediaStreamAuthorizer authorizer,
                          OpenAudioSessionUseCase sessions, Set<String> activeCalls, int maxPending) {
        this.connection = connection;
        this.authorizer = authorizer;
        this.sessions = sessions;
        this.activeCalls = activeCalls;
        this.maxPending = maxPending;
    }

    void onText(String text) {
        TwilioMediaMessage message;
        try {
            message = TwilioMediaMessage.parse(text);
        } catch (TwilioMediaMessage.Malformed e) {
            refuse("malformed media message: " + e.getMessage());
            return;
        }
        switch (message) {
            case TwilioMediaMessage.Media media -> deliver(new AudioFrame(media.track(), MuLaw.toPcm16(media.mulaw()),
                    media.timestampMillis()));
            case TwilioMediaMessage.Start start -> start(start);
            case TwilioMediaMessage.Connected connected -> { }
            case TwilioMediaMessage.Dtmf dtmf -> deliver(new AudioSessionEvent.Dtmf(dtmf.digit()));
            case TwilioMediaMessage.Mark mark -> deliver(new AudioSessionEvent.PlaybackMarked(mark.name()));
            case TwilioMediaMessage.Stop stop -> {
                stop("stream stopped by Twilio");
                // nothing follows a stop: close our side too
                connection.close(CloseReason.NORMAL).subscribe().with(ignored -> { }, ignored -> { });
            }
        }
    }

    /** The socket closed; a stream that did not say {@code stop} ends here. */
    void onClose(String reason) {
        stop(reason);
    }

    private void start(TwilioMediaMessage.Start start) {
        synchronized (this) {
            if (state != State.AWAITING_START) {
                refuseLocked("a second start message");
                return;
            }
            state = State.AUTHORIZING;
        }
        if (!"audio/x-mulaw".equalsIgnoreCase(start.encoding()) || start.sampleRate() != 8000) {
            refuse("unsupported media format " + start.encoding() + " at " + start.sampleRate() + " Hz");
            return;
        }
        authorizer.authorize(start).subscribe().with(call -> authorized(start, call),
                failure -> refuse("stream refused: " + failure.getMessage()));
    }

    private void authorized(TwilioMediaMessage.Start start, Call call) {
        synchronized (this) {
            if (state != State.AUTHORIZING) {
                return;
            }
            String key = call.tenantId() + "/" + call.id();
            if (!activeCalls.add(key)) {
                refuseLocked("a media stream for this call is already open");
                return;
            }
            callKey = key;
            boolean bidirectional = "true".equalsIgnoreCase(start.customParameters().get("bidirectional"));
            TwilioMediaSession session = new TwilioMediaSession(start.streamSid(), call.tenantId(), call.id(),
                    bidirectional, connection);
            Map<String, String> parameters = new java.util.HashMap<>(start.customParameters());
            parameters.remove(StreamTokens.PARAMETER);
            parameters.put("callSid", start.callSid());
            listener = sessions.open(session);
            listener.onEvent(new AudioSessionEvent.Started(parameters));
            // delivered under the monitor, so that a message arriving now cannot overtake the held ones
            while (!pending.isEmpty()) {
                dispatch(pending.poll());
            }
            state = State.STREAMING;
            if (droppedWhileAuthorizing > 0) {
                LOG.warnf("Media stream %s: %d messages dropped while the stream was authorized", start.streamSid(),
                        droppedWhileAuthorizing);
            }
            LOG.debugf("Media stream %s authorized for call %s", start.streamSid(), call.id());
        }
    }

    private void deliver(Object item) {
        AudioSessionListener target;
        synchronized (this) {
            switch (state) {
                case AWAITING_START -> {
                    refuseLocked("media before the start message");
                    return;
                }
                case AUTHORIZING -> {
                    if (pending.size() < maxPending) {
                        pending.add(item);
                    } else {
                        droppedWhileAuthorizing++;
                    }
                    return;
                }
                case CLOSED -> {
                    return;
                }
                default -> target = listener;
            }
        }
        dispatch(target, item);
    }

    private void dispatch(Object item) {
        dispatch(listener, item);
    }

    private static void dispatch(AudioSessionListener target, Object item) {
        if (item instanceof AudioFrame frame) {
            target.onFrame(frame);
        } else {
            target.onEvent((AudioSessionEvent) item);
        }
    }

    private void stop(String reason) {
        AudioSessionListener target;
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            target = endLocked();
        }
        notifyStopped(target, reason);
    }

    private void refuse(String reason) {
        synchronized (this) {
            refuseLocked(reason);
        }
    }

    private void refuseLocked(String reason) {
        LOG.warnf("Media socket %s closed: %s", connection.id(), reason);
        notifyStopped(endLocked(), reason);
        connection.close(new CloseReason(POLICY_VIOLATION, TwilioMediaSession.truncate(reason)))
                .subscribe().with(ignored -> { }, ignored -> { });
    }

    /** Closes the state; the listener to tell, if the stream had started. */
    private AudioSessionListener endLocked() {
        AudioSessionListener target = state == State.STREAMING ? listener : null;
        state = State.CLOSED;
        pending.clear();
        if (callKey != null) {
            activeCalls.remove(callKey);
            callKey = null;
        }
        return target;
    }

    private static void notifyStopped(AudioSessionListener target, String reason) {
        if (target != null) {
            target.onEvent(new AudioSessionEvent.Stopped(reason));
        }
    }
}
