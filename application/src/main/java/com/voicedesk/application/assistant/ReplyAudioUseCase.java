package com.voicedesk.application.assistant;

import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.speech.ReplyAudio;
import com.voicedesk.domain.speech.ReplyAudioId;
import io.smallrye.mutiny.Uni;

import java.time.Duration;

public interface ReplyAudioUseCase {

    /** NotFoundException for audio of another tenant, or purged. */
    Uni<ReplyAudio> get(TenantId tenant, ReplyAudioId id);

    /** Deletes reply audio older than {@code retention}; how many were deleted. */
    Uni<Integer> purgeOlderThan(Duration retention);
}
