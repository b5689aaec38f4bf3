package com.voicedesk.application.room;

import com.voicedesk.application.outbox.DomainEventHandler;
import com.voicedesk.domain.event.AudioTapRequested;
import com.voicedesk.domain.room.AudioTaps;
import com.voicedesk.domain.room.RoomEgressRepository;
import io.smallrye.mutiny.Uni;

/**
 * Starts the audio tap a published microphone asked for, from the outbox: the webhook answers at once and a
 * media-server failure is retried with backoff. Idempotent: a track already tapped is not tapped twice.
 */
public final class AudioTapHandler implements DomainEventHandler<AudioTapRequested> {

    private final AudioTaps taps;
    private final RoomEgressRepository egresses;

    public AudioTapHandler(AudioTaps taps, RoomEgressRepository egresses) {
        this.taps = taps;
        this.egresses = egresses;
    }

    @Override
    public Class<AudioTapRequested> eventType() {
        return AudioTapRequested.class;
    }

    @Override
    public Uni<Void> handle(AudioTapRequested event) {
        return egresses.findRunningTap(event.tenantId(), event.target().roomName(), event.target().trackSid())
                .flatMap(running -> running.isPresent()
                        ? Uni.createFrom().voidItem()
                        : taps.start(event.tenantId(), event.target()).flatMap(egresses::record));
    }
}
