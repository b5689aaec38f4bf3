package com.voicedesk.adapters.persistence.webhook;

import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.webhook.ProcessedWebhookEvents;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Idempotency marks in {@code processed_webhook_events}; joins the caller's transaction. */
@ApplicationScoped
public class PostgresProcessedWebhookEvents implements ProcessedWebhookEvents {

    private final Clock clock;

    public PostgresProcessedWebhookEvents(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Uni<Boolean> markProcessed(String provider, String eventId, TenantId tenant) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into processed_webhook_events (provider, event_id, tenant_id, processed_at)
                        values (:provider, :event, :tenant, :at)
                        on conflict (provider, event_id) do nothing""")
                .setParameter("provider", provider)
                .setParameter("event", eventId)
                .setParameter("tenant", tenant == null ? null : tenant.value())
                .setParameter("at", clock.instant())
                .executeUpdate()))
                .map(count -> count == 1);
    }
}
