package com.voicedesk.application.room;

import io.smallrye.mutiny.Uni;

/** Applies a media-server event once, whatever the order and number of its deliveries. */
public interface HandleRoomEventUseCase {

    enum Outcome {
        APPLIED,
        /** This event id was applied before: nothing changed. */
        DUPLICATE,
        /** The room is not one of the tenant's: nothing changed. */
        IGNORED
    }

    Uni<Outcome> handle(RoomEventCommand command);
}
