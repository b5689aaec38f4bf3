package com.voicedesk.adapters.livekit.tap;

import com.voicedesk.domain.audio.AudioFormat;
import com.voicedesk.domain.audio.AudioParticipant;
import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSessionEvent;
import com.voicedesk.domain.audio.AudioSessionListener;
import com.voicedesk.domain.audio.AudioSource;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Context;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * A LiveKit track egress as an {@link AudioSession}: one-way (LiveKit only sends), PCM s16le in the format the
 * tap URL named. Nothing can be played back, so playback control is truthful about that: {@link #play} is
 * refused, there is never anything to clear, and a mark is reached at once.
 */
final class LiveKitTapSession implements AudioSession {

    private static final Logger LOG = Logger.getLogger(LiveKitTapSession.class);

    private final WebSocketConnection connection;
    private final AudioTapLinks.Claims claims;
    private final AudioFormat format;
    private final Context context;
    private volatile AudioSessionListener listener;

    LiveKitTapSession(WebSocketConnection connection, AudioTapLinks.Claims claims, Context context) {
        this.connection = connection;
        this.claims = claims;
        this.context = context;
        this.format = new AudioFormat(AudioFormat.Encoding.PCM_S16LE, claims.sampleRate(), claims.channels());
    }

    void listenWith(AudioSessionListener value) {
        this.listener = value;
    }

    AudioTapLinks.Claims claims() {
        return claims;
    }

    @Override
    public String id() {
        return "livekit-tap-" + claims.nonce();
    }

    @Override
    public TenantId tenantId() {
        return claims.tenantId();
    }

    @Override
    public Optional<AudioParticipant> participant() {
        return Optional.of(new AudioParticipant(claims.participantIdentity(), claims.role()));
    }

    @Override
    public Optional<CallId> callId() {
        return Optional.ofNullable(claims.callId());
    }

    @Override
    public AudioSource source() {
        return AudioSource.LIVEKIT_TRACK_EGRESS;
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    @Override
    public boolean canPlay() {
        return false;
    }

    @Override
    public void play(byte[] audio) {
        throw new UnsupportedOperationException("A LiveKit audio tap is one-way: nothing can be played into it");
    }

    @Override
    public void clearPlayback() {
        // nothing is ever queued
    }

    @Override
    public void mark(String name) {
        // Nothing queued, so everything queued so far has been heard: report it, after the caller returns.
        context.runOnContext(ignored -> {
            AudioSessionListener current = listener;
            if (current != null) {
                current.onEvent(new AudioSessionEvent.PlaybackMarked(name));
            }
        });
    }

    @Override
    public void close(String reason) {
        connection.close(new CloseReason(CloseReason.NORMAL.getCode(), reason)).subscribe().with(
                ignored -> { }, failure -> LOG.debugf("Closing tap %s failed: %s", id(), failure.getMessage()));
    }
}
