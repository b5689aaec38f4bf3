package com.voicedesk.adapters.persistence;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.event.AudioTapRequested;
import com.voicedesk.domain.event.CallCompleted;
import com.voicedesk.domain.event.NotificationRaised;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.room.AudioTapTarget;
import com.voicedesk.domain.room.ParticipantRole;
import com.voicedesk.domain.shared.TenantId;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types this adapter turns into JSON with Jackson outside of the REST layer (outbox payloads), which a native
 * image only knows how to (de)serialise when registered. Every {@code DomainEvent} record belongs here, with the
 * identifier records it holds; {@code NativeReflectionTest} fails when one is missing. The adapter's own
 * document records register themselves with the annotation.
 */
@RegisterForReflection(targets = {
        CallCompleted.class, NotificationRaised.class, AudioTapRequested.class,
        TenantId.class, CallId.class, NotificationId.class, CallStatus.class, AudioTapTarget.class,
        ParticipantRole.class})
public final class NativeReflection {

    private NativeReflection() {
    }
}
