package com.voicedesk.domain.webhook;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/**
 * Which provider deliveries were already handled. Providers retry, so a webhook handler records the event
 * id inside the unit of work that applies it: if applying fails, the mark rolls back with it and the retry
 * is handled; if it succeeded, the retry is a no-op.
 */
@FunctionalInterface
public interface ProcessedWebhookEvents {

    /** True the first time this (provider, event id) is seen, false for every repeat. */
    Uni<Boolean> markProcessed(String provider, String eventId, TenantId tenant);
}
