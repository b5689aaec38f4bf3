package com.voicedesk.domain.event;

import com.voicedesk.domain.room.AudioTapTarget;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/** A microphone was published in a room that is transcribed: its audio should be streamed to VoiceDesk. */
public record AudioTapRequested(TenantId tenantId, AudioTapTarget target) implements DomainEvent {

    public AudioTapRequested {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(target, "target");
    }
}
