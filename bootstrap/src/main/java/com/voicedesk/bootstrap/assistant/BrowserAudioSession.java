package com.voicedesk.bootstrap.assistant;

import com.voicedesk.application.assistant.voice.VoiceSessionGrant;
import com.voicedesk.domain.audio.AudioFormat;
import com.voicedesk.domain.audio.AudioParticipant;
import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSource;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * The browser's voice socket as an {@link AudioSession}: PCM16 16 kHz mono in from the admin, JSON text out.
 * The browser plays replies from their audio URL, so nothing is played through the socket.
 */
final class BrowserAudioSession implements AudioSession {

    private static final Logger LOG = Logger.getLogger(BrowserAudioSession.class);

    private final WebSocketConnection connection;
    private final VoiceSessionGrant grant;

    BrowserAudioSession(WebSocketConnection connection, VoiceSessionGrant grant) {
        this.connection = connection;
        this.grant = grant;
    }

    @Override
    public String id() {
        return "browser-" + grant.nonce();
    }

    @Override
    public TenantId tenantId() {
        return grant.tenantId();
    }

    @Override
    public Optional<CallId> callId() {
        return Optional.empty();
    }

    @Override
    public Optional<AudioParticipant> participant() {
        return Optional.of(new AudioParticipant(grant.identity(), ParticipantRole.ADMIN));
    }

    @Override
    public AudioSource source() {
        return AudioSource.BROWSER_SOCKET;
    }

    @Override
    public AudioFormat format() {
        return AudioFormat.PCM16_16K;
    }

    @Override
    public boolean canPlay() {
        return false;
    }

    @Override
    public void play(byte[] audio) {
        throw new UnsupportedOperationException("The browser plays replies from their audio URL");
    }

    @Override
    public void clearPlayback() {
        // nothing is ever queued on this socket
    }

    @Override
    public void mark(String name) {
        // nothing is ever queued on this socket
    }

    @Override
    public boolean canSendMessages() {
        return connection.isOpen();
    }

    @Override
    public void sendMessage(String json) {
        connection.sendText(json).subscribe().with(ignored -> { },
                failure -> LOG.debugf("Voice session %s: message not sent: %s", id(), failure.toString()));
    }

    @Override
    public void close(String reason) {
        connection.close(new CloseReason(CloseReason.NORMAL.getCode(), reason)).subscribe().with(ignored -> { }, failure -> { });
    }
}
