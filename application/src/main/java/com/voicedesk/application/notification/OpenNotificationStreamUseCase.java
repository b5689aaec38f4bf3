package com.voicedesk.application.notification;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Multi;

import java.util.OptionalLong;

public interface OpenNotificationStreamUseCase {

    /**
     * The admin's live notifications, in feed order, each once, after a first {@link StreamEvent.Live} that says
     * where in the feed the stream stands. With {@code lastEventId} the stream first replays what the admin missed
     * after it; without, it starts with what is committed after its {@code Live} event. A stream that cannot start
     * (the store unreachable) fails before its {@code Live} event.
     */
    Multi<StreamEvent> open(TenantId tenant, String admin, OptionalLong lastEventId);
}
