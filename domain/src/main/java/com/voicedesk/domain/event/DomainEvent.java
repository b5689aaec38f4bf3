package com.voicedesk.domain.event;

import com.voicedesk.domain.shared.TenantId;

/**
 * Something that happened and that other parts of the service act on later, reliably: written to the
 * outbox in the same transaction as the change that caused it, then handed to its handler at least once.
 * Handlers must therefore be idempotent. Add a record here (and to {@code permits}) for a new event.
 */
public sealed interface DomainEvent permits CallCompleted, NotificationRaised,
        AudioTapRequested {

    TenantId tenantId();
}
