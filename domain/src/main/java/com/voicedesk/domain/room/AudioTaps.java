package com.voicedesk.domain.room;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/**
 * Streams a room participant's audio track to VoiceDesk (where it becomes an
 * {@link com.voicedesk.domain.audio.AudioSession}).
 */
public interface AudioTaps {

    /** False when this deployment has no address the media server can stream to: taps are then off. */
    boolean enabled();

    /** Starts the stream; the returned export is the tap in its first state. */
    Uni<RoomEgress> start(TenantId tenant, AudioTapTarget target);
}
