package com.voicedesk.domain.call;

import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

/** Calls of one tenant at a time. */
public interface CallRepository {

    Uni<Void> insert(Call call);

    /** Optimistic update, as for contacts: a stale version fails with a ConflictException. */
    Uni<Call> update(Call call);

    Uni<Optional<Call>> findById(TenantId tenant, CallId id);

    /** The call with the provider's id (a Twilio CallSid). */
    Uni<Optional<Call>> findByProviderCallId(TenantId tenant, String providerCallId);

    /** The call linked to a room. */
    Uni<Optional<Call>> findByRoomName(TenantId tenant, String roomName);

    /** Newest first. */
    Uni<Page<Call>> list(TenantId tenant, CallFilter filter, PageRequest page);
}
