package com.voicedesk.bootstrap.api.contacts;

import com.voicedesk.adapters.persistence.contact.PostgresContactRepository;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Contact reads by id and the queries that answered them, as {@code voicedesk_contact_reads_total} and
 * {@code voicedesk_contact_read_queries_total}: their ratio is how many reads a query answers under the
 * current load (docs/decisions.md #12).
 */
@ApplicationScoped
public class ContactReadMetrics {

    void bind(@Observes StartupEvent event, MeterRegistry registry, PostgresContactRepository contacts) {
        FunctionCounter.builder("voicedesk.contact.reads", contacts, c -> c.readCounts().reads())
                .description("Reads of a contact by id outside a transaction").register(registry);
        FunctionCounter.builder("voicedesk.contact.read.queries", contacts, c -> c.readCounts().queries())
                .description("Queries that answered reads of a contact by id (one answers many under load)")
                .register(registry);
    }
}
