package com.voicedesk.adapters.twilio.media;

import com.voicedesk.domain.audio.AudioFormat;
import com.voicedesk.domain.audio.AudioSession;
import com.voicedesk.domain.audio.AudioSource;
import com.voicedesk.domain.audio.MuLaw;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;

import java.util.Base64;
import java.util.Optional;

/**
 * A Twilio media stream as an {@link AudioSession}: frames are PCM16 8 kHz (decoded from mu-law on arrival).
 * A {@code <Start><Stream>} fork is one-way; a stream opened with the custom parameter
 * {@code bidirectional=true} ({@code <Connect><Stream>}) can play audio back, clear it and set marks.
 */
final class TwilioMediaSession implements AudioSession {

    private final String streamSid;
    private final TenantId tenantId;
    private final CallId callId;
    private final boolean bidirectional;
    private final WebSocketConnection connection;

    TwilioMediaSession(String streamSid, TenantId tenantId, CallId callId, boolean bidirectional,
                       WebSocketConnection connection) {
        this.streamSid = streamSid;
        this.tenantId = tenantId;
        this.callId = callId;
        this.bidirectional = bidirectional;
        this.connection = connection;
    }

    @Override
    public String id() {
        return streamSid;
    }

    @Override
    public TenantId tenantId() {
        return tenantId;
    }

    @Override
    public Optional<CallId> callId() {
        return Optional.of(callId);
    }

    @Override
    public AudioSource source() {
        return AudioSource.TWILIO_MEDIA_STREAM;
    }

    @Override
    public AudioFormat format() {
        return AudioFormat.PCM16_8K;
    }

    @Override
    public boolean canPlay() {
        return bidirectional;
    }

    @Override
    public void play(byte[] audio) {
        requirePlayable();
        String payload = Base64.getEncoder().encodeToString(MuLaw.fromPcm16(audio));
        send("{\"event\":\"media\",\"streamSid\":\"" + streamSid + "\",\"media\":{\"payload\":\"" + payload + "\"}}");
    }

    @Override
    public void clearPlayback() {
        requirePlayable();
        send("{\"event\":\"clear\",\"streamSid\":\"" + streamSid + "\"}");
    }

    @Override
    public void mark(String name) {
        requirePlayable();
        StringBuilder json = new StringBuilder("{\"event\":\"mark\",\"streamSid\":\"").append(streamSid)
                .append("\",\"mark\":{\"name\":\"");
        for (char c : name.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\');
            }
            if (c >= 0x20) {
                json.append(c);
            }
        }
        send(json.append("\"}}").toString());
    }

    @Override
    public void close(String reason) {
        connection.close(new CloseReason(CloseReason.NORMAL.getCode(), truncate(reason))).subscribe().with(ignored -> { },
                ignored -> { });
    }

    private void requirePlayable() {
        if (!bidirectional) {
            throw new IllegalStateException("Media stream " + streamSid + " is a one-way fork: it cannot play audio");
        }
    }

    private void send(String message) {
        connection.sendText(message).subscribe().with(ignored -> { }, ignored -> { });
    }

    static String truncate(String reason) {
        // a close frame's reason is at most 123 bytes
        String text = reason == null ? "" : reason;
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
