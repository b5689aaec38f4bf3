package com.voicedesk.bootstrap.wiring;

import com.voicedesk.application.call.CallService;
import com.voicedesk.application.contact.ContactService;
import com.voicedesk.application.outbox.DomainEventHandler;
import com.voicedesk.application.outbox.OutboxRelay;
import com.voicedesk.application.tenant.ApiKeyAuthenticator;
import com.voicedesk.application.tenant.TenantAdministration;
import com.voicedesk.domain.analysis.CallAnalysisRepository;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.contact.ContactNotes;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.contact.LeadStatusHistory;
import com.voicedesk.domain.event.OutboxQueue;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.tenant.ApiKeyRepository;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.transcript.TranscriptRepository;
import io.quarkus.arc.All;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * The application layer has no CDI annotations; its use cases are created here, from the adapters' ports.
 * Each producer's bean types include every use-case interface its class implements, so resources inject
 * the interface they need ({@code CreateContactUseCase}), never the implementation.
 */
public class ApplicationWiring {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    TenantAdministration tenantAdministration(TenantRepository tenants, ApiKeyRepository apiKeys,
                                              CredentialStore credentials, UnitOfWork unitOfWork, Clock clock) {
        return new TenantAdministration(tenants, apiKeys, credentials, unitOfWork, clock);
    }

    @Produces
    @Singleton
    ApiKeyAuthenticator apiKeyAuthenticator(ApiKeyRepository apiKeys) {
        return new ApiKeyAuthenticator(apiKeys);
    }

    @Produces
    @Singleton
    ContactService contactService(ContactRepository contacts, ContactNotes notes, LeadStatusHistory history,
                                  UnitOfWork unitOfWork, Clock clock) {
        return new ContactService(contacts, notes, history, unitOfWork, clock);
    }

    @Produces
    @Singleton
    CallService callService(CallRepository calls, TranscriptRepository transcripts, CallAnalysisRepository analyses) {
        return new CallService(calls, transcripts, analyses);
    }

    @Produces
    @Singleton
    OutboxRelay outboxRelay(OutboxQueue queue, @All List<DomainEventHandler<?>> handlers, Clock clock) {
        return new OutboxRelay(queue, handlers, clock);
    }
}
