package com.voicedesk.application.notification;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Multi;

import java.util.OptionalLong;

public interface OpenNotificationStreamUseCase {

    /**
     * The admin's live notifications, in feed order, each once. With {@code lastEventId} the stream first
     * replays what the admin missed after it; without, it starts with what is raised from now on.
     */
    Multi<StreamEvent> open(TenantId tenant, String admin, OptionalLong lastEventId);
}
