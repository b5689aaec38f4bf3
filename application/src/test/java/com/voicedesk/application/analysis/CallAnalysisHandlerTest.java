package com.voicedesk.application.analysis;

import com.voicedesk.application.contact.ContactService;
import com.voicedesk.application.notification.NotificationService;
import com.voicedesk.application.support.InMemory;
import com.voicedesk.application.support.InMemoryTenants;
import com.voicedesk.domain.analysis.AnalysisRequest;
import com.voicedesk.domain.analysis.AnalyzerOutput;
import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.analysis.CallAnalyzer;
import com.voicedesk.domain.analysis.CallOutcome;
import com.voicedesk.domain.analysis.ExtractedFacts;
import com.voicedesk.domain.analysis.FollowUp;
import com.voicedesk.domain.analysis.Sentiment;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.event.CallCompleted;
import com.voicedesk.domain.notification.NotificationType;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantSettings;
import com.voicedesk.domain.tenant.TenantSlug;
import com.voicedesk.domain.transcript.NewSegment;
import com.voicedesk.domain.transcript.Speaker;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallAnalysisHandlerTest {

    private static final Instant NOW = Instant.parse("2026-03-04T17:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemory.Contacts contacts = new InMemory.Contacts();
    private final InMemory.Notes notes = new InMemory.Notes();
    private final InMemory.History history = new InMemory.History();
    private final InMemory.Analyses analyses = new InMemory.Analyses();
    private final InMemory.Calls calls = new InMemory.Calls();
    private final InMemory.Transcripts transcripts = new InMemory.Transcripts();
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemory.Plans plans = new InMemory.Plans();
    private final InMemory.Notifications notifications = new InMemory.Notifications();
    private final AtomicInteger modelCalls = new AtomicInteger();
    private final AtomicInteger rulesCalls = new AtomicInteger();
    private Tenant tenant;
    private Contact contact;
    private Call call;

    @BeforeEach
    void setUp() {
        tenant = Tenant.create(new TenantSlug("m10"), "M10 DJ Company", TenantSettings.defaults("M10 DJ Company"), NOW);
        tenants.insert(tenant).await().indefinitely();
        contact = Contact.newLead(tenant.id(), "Sarah Johnson", ContactSource.INBOUND_CALL, NOW);
        contacts.insert(contact).await().indefinitely();
        call = Call.inbound(tenant.id(), contact.id(), "+19015550143", "+19015550100", "CA1", NOW.minusSeconds(300))
                .moveTo(CallStatus.IN_PROGRESS, NOW.minusSeconds(290)).moveTo(CallStatus.COMPLETED, NOW.minusSeconds(10));
        calls.insert(call).await().indefinitely();
    }

    @Test
    void withoutAKeyTheRulesWriteTheNotesAndTheCrmIsUpdated() {
        said("We're getting married June 13th.");

        handler(failing(new CapabilityNotConfiguredException("language-model", "no key")), 3).handle(completed(), 1)
                .await().indefinitely();

        CallAnalysis stored = analyses.rows.get(call.id());
        assertThat(stored.analyzer()).isEqualTo("rules");
        assertThat(rulesCalls).hasValue(1);
        Contact after = contacts.rows.get(contact.id());
        assertThat(after.eventDate()).isEqualTo(LocalDate.of(2026, 6, 13));
        assertThat(after.leadStatus()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(history.rows.getLast().source()).isEqualTo(ChangeSource.CALL_ANALYSIS);
        assertThat(notes.rows).singleElement().satisfies(n -> {
            assertThat(n.callId()).isEqualTo(call.id());
            assertThat(n.text()).startsWith("Call summary (rules): Sarah asked about a wedding.");
        });
        assertThat(notifications.rows).singleElement()
                .satisfies(n -> assertThat(n.type()).isEqualTo(NotificationType.CALL_SUMMARY_READY));
        assertThat(plans.rows).singleElement().satisfies(p -> {
            assertThat(p.contactId()).isEqualTo(contact.id());
            assertThat(p.earliestAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
        });
    }

    @Test
    void aProviderFailureFailsTheDeliveryUntilTheLastAttemptThenFallsBack() {
        said("We're getting married June 13th.");
        CallAnalysisHandler handler = handler(failing(new ProviderUnavailableException("openai", "HTTP 500")), 3);

        for (int attempt = 1; attempt <= 2; attempt++) {
            int delivery = attempt;
            assertThatThrownBy(() -> handler.handle(completed(), delivery).await().indefinitely())
                    .isInstanceOf(ProviderUnavailableException.class);
            assertThat(analyses.rows).isEmpty();
        }
        handler.handle(completed(), 3).await().indefinitely();

        assertThat(analyses.rows.get(call.id()).analyzer()).isEqualTo("rules (fallback: openai unavailable)");
        assertThat(modelCalls).hasValue(3);
        assertThat(transcripts.rows).hasSize(1);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        said("We're getting married June 13th.");
        CallAnalysisHandler handler = handler(request -> {
            modelCalls.incrementAndGet();
            return Uni.createFrom().item(analysis(request, "openai:test"));
        }, 3);

        handler.handle(completed(), 1).await().indefinitely();
        handler.handle(completed(), 1).await().indefinitely();

        assertThat(modelCalls).hasValue(1);
        assertThat(notes.rows).hasSize(1);
        assertThat(notifications.rows).hasSize(1);
    }

    @Test
    void aCallWithoutATranscriptIsNotAnalysed() {
        handler(failing(new CapabilityNotConfiguredException("language-model", "no key")), 3).handle(completed(), 1)
                .await().indefinitely();

        assertThat(analyses.rows).isEmpty();
        assertThat(rulesCalls).hasValue(0);
    }

    private void said(String text) {
        transcripts.append(new NewSegment(tenant.id(), call.id(), "s" + transcripts.rows.size(), Speaker.CALLER, null,
                text, Duration.ZERO, Duration.ofSeconds(3), 0.9, NOW)).await().indefinitely();
    }

    private CallCompleted completed() {
        return new CallCompleted(tenant.id(), call.id(), CallStatus.COMPLETED, NOW);
    }

    private CallAnalyzer failing(RuntimeException failure) {
        return request -> {
            modelCalls.incrementAndGet();
            return Uni.createFrom().failure(failure);
        };
    }

    private CallAnalysisHandler handler(CallAnalyzer languageModel, int attempts) {
        ContactService contactService = new ContactService(contacts, notes, history, InMemory.UNIT_OF_WORK, clock);
        NotificationService notificationService = new NotificationService(notifications, new InMemory.Events(),
                new InMemory.NoEventKeys(), InMemory.UNIT_OF_WORK, clock);
        CallAnalysisApplier applier = new CallAnalysisApplier(contacts, analyses, contactService, contactService,
                contactService, plans, notificationService, InMemory.UNIT_OF_WORK, clock);
        CallAnalyzer rules = request -> {
            rulesCalls.incrementAndGet();
            return Uni.createFrom().item(analysis(request, "rules"));
        };
        return new CallAnalysisHandler(calls, transcripts, contacts, tenants, new InMemory.Settings(), analyses,
                languageModel, rules, applier, clock, attempts);
    }

    /** A fixed analysis, standing in for an analyzer: these tests are about what the handler does with it. */
    private static AnalyzerOutput analysis(AnalysisRequest request, String analyzer) {
        return new AnalyzerOutput(new CallAnalysis(request.call().id(), request.call().tenantId(),
                "Sarah asked about a wedding.", List.of("Send a proposal"),
                new ExtractedFacts(EventType.WEDDING, LocalDate.of(2026, 6, 13), null, null, null, Map.of()),
                Sentiment.WARM, null, CallOutcome.QUALIFIED, LeadStatus.QUALIFIED,
                new FollowUp(CallPurpose.FOLLOW_UP, request.now().plus(Duration.ofDays(2)), null), analyzer, List.of(),
                request.now()), null);
    }
}
