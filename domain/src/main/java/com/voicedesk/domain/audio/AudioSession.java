package com.voicedesk.domain.audio;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.TenantId;

import java.util.Optional;

/**
 * One live audio connection: a Twilio media stream, a LiveKit track egress, a browser socket. The media
 * adapter implements it (frames out, control) and hands it to the application, which answers with the
 * {@link AudioSessionListener} that receives the frames in. The voice pipeline is written once against this.
 */
public interface AudioSession {

    String id();

    TenantId tenantId();

    /** The call this audio belongs to, when there is one (a browser assistant session has none). */
    Optional<CallId> callId();

    AudioSource source();

    /**
     * The room participant speaking on the INBOUND track, when the session carries one participant's audio (a
     * LiveKit track egress). Empty for a phone call, whose tracks are the caller and the company side.
     */
    default Optional<AudioParticipant> participant() {
        return Optional.empty();
    }

    /** The format of the frames this session delivers and accepts. */
    AudioFormat format();

    /** Whether {@link #play} reaches the remote party (a one-way fork cannot). */
    boolean canPlay();

    /** Queues audio (in {@link #format()}) for the remote party to hear. */
    void play(byte[] audio);

    /** Drops audio queued but not yet heard: barge-in. On Twilio this is the {@code clear} message. */
    void clearPlayback();

    /** Asks to be told ({@link AudioSessionEvent.PlaybackMarked}) when everything queued so far was heard. */
    void mark(String name);

    /** Whether {@link #sendMessage} reaches the remote party (a browser socket does; phone and egress do not). */
    default boolean canSendMessages() {
        return false;
    }

    /** Sends a JSON text message beside the audio (a transcript, an assistant reply) where {@link #canSendMessages}. */
    default void sendMessage(String json) {
        throw new UnsupportedOperationException(source() + " sessions carry no messages");
    }

    void close(String reason);
}
