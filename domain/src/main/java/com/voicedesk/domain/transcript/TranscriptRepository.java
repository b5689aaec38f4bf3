package com.voicedesk.domain.transcript;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * Append-only transcript storage. Safe under concurrent appends to one call: every segment gets the next
 * sequence number exactly once, and a segment whose provider id is already stored is returned, not
 * stored again.
 */
public interface TranscriptRepository {

    /** Fails with NotFoundException when the tenant has no such call. */
    Uni<AppendResult> append(NewSegment segment);

    /** Segments with a sequence greater than {@code afterSequence}, in order, at most {@code limit}. */
    Uni<List<TranscriptSegment>> list(TenantId tenant, CallId call, long afterSequence, int limit);
}
