package com.voicedesk.domain.speech;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.Optional;

/** Stored reply audio, per tenant. Replies are short-lived: old ones are purged. */
public interface ReplyAudioRepository {

    Uni<Void> insert(ReplyAudio audio);

    Uni<Optional<ReplyAudio>> findById(TenantId tenant, ReplyAudioId id);

    /** Deletes audio created before {@code cutoff}, across tenants; how many were deleted. */
    Uni<Integer> deleteCreatedBefore(Instant cutoff);
}
