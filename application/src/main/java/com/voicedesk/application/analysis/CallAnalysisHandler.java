package com.voicedesk.application.analysis;

import com.voicedesk.application.outbox.DomainEventHandler;
import com.voicedesk.domain.analysis.AnalysisRequest;
import com.voicedesk.domain.analysis.AnalysisSettingsRepository;
import com.voicedesk.domain.analysis.AnalyzerOutput;
import com.voicedesk.domain.analysis.CallAnalysisRepository;
import com.voicedesk.domain.analysis.CallAnalyzer;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallRepository;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactRepository;
import com.voicedesk.domain.event.CallCompleted;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.transcript.TranscriptRepository;
import com.voicedesk.domain.transcript.TranscriptSegment;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.util.List;

/**
 * Writes the notes on every completed call, once (from the outbox's {@link CallCompleted}).
 * <p>
 * Which analyzer: the language model when the tenant has a key, else the offline rules. When the model's
 * provider fails (error, timeout, open circuit) the handler fails, and the outbox retries it with backoff;
 * on the {@code providerAttempts}-th delivery it stops waiting and uses the rules, which name the fallback in
 * the analysis. The transcript is only read, never consumed, so a retry or a fallback loses nothing; the
 * analysis row (one per call) makes a redelivered event change nothing.
 */
public final class CallAnalysisHandler implements DomainEventHandler<CallCompleted> {

    private static final System.Logger LOG = System.getLogger(CallAnalysisHandler.class.getName());
    /** The whole transcript is analysed; this bounds a pathological one (as the call API does). */
    static final int MAX_SEGMENTS = 10_000;

    private final CallRepository calls;
    private final TranscriptRepository transcripts;
    private final ContactRepository contacts;
    private final TenantRepository tenants;
    private final AnalysisSettingsRepository settings;
    private final CallAnalysisRepository analyses;
    private final CallAnalyzer languageModel;
    private final CallAnalyzer rules;
    private final CallAnalysisApplier applier;
    private final Clock clock;
    private final int providerAttempts;

    public CallAnalysisHandler(CallRepository calls, TranscriptRepository transcripts, ContactRepository contacts,
                               TenantRepository tenants, AnalysisSettingsRepository settings,
                               CallAnalysisRepository analyses, CallAnalyzer languageModel, CallAnalyzer rules,
                               CallAnalysisApplier applier, Clock clock, int providerAttempts) {
        this.calls = calls;
        this.transcripts = transcripts;
        this.contacts = contacts;
        this.tenants = tenants;
        this.settings = settings;
        this.analyses = analyses;
        this.languageModel = languageModel;
        this.rules = rules;
        this.applier = applier;
        this.clock = clock;
        this.providerAttempts = Require.range(providerAttempts, 1, 12, "providerAttempts");
    }

    @Override
    public Class<CallCompleted> eventType() {
        return CallCompleted.class;
    }

    @Override
    public Uni<Void> handle(CallCompleted event) {
        return handle(event, 1);
    }

    @Override
    public Uni<Void> handle(CallCompleted event, int attempt) {
        // Sequential on purpose: the repositories share one database session, which is not concurrent.
        return analyses.findByCall(event.tenantId(), event.callId()).flatMap(existing -> {
            if (existing.isPresent()) {
                LOG.log(System.Logger.Level.DEBUG, "Call {0} is already analysed", event.callId());
                return Uni.createFrom().voidItem();
            }
            return calls.findById(event.tenantId(), event.callId()).flatMap(call -> {
                if (call.isEmpty()) {
                    LOG.log(System.Logger.Level.WARNING, "Call {0} of a CallCompleted event no longer exists",
                            event.callId());
                    return Uni.createFrom().voidItem();
                }
                return transcripts.list(event.tenantId(), event.callId(), 0, MAX_SEGMENTS)
                        .flatMap(segments -> analyse(call.get(), segments, attempt));
            });
        });
    }

    private Uni<Void> analyse(Call call, List<TranscriptSegment> segments, int attempt) {
        if (segments.stream().allMatch(s -> s.text().isBlank())) {
            LOG.log(System.Logger.Level.INFO, "Call {0} ({1}) has no transcript: nothing to analyse",
                    call.id(), call.status());
            return Uni.createFrom().voidItem();
        }
        return request(call, segments)
                .flatMap(request -> analyze(request, attempt))
                .flatMap(output -> applier.apply(call, output))
                .invoke(stored -> stored.ifPresentOrElse(
                        a -> LOG.log(System.Logger.Level.INFO, "Call {0} analysed by {1}: {2}, {3} change(s) applied",
                                call.id(), a.analyzer(), a.outcome(), a.applied().size()),
                        () -> LOG.log(System.Logger.Level.DEBUG, "Call {0} was analysed meanwhile", call.id())))
                .replaceWithVoid();
    }

    private Uni<AnalysisRequest> request(Call call, List<TranscriptSegment> segments) {
        Uni<Contact> contact = call.contactId() == null ? Uni.createFrom().nullItem()
                : contacts.findById(call.tenantId(), call.contactId()).map(found -> found.orElse(null));
        return contact.flatMap(c -> tenants.findById(call.tenantId()).flatMap(tenant -> settings.load(call.tenantId())
                .map(s -> {
                    Tenant t = tenant.orElseThrow(() -> new InvalidValueException("tenant", "no longer exists"));
                    return new AnalysisRequest(call, c, segments, t.settings().persona(), t.settings().timeZone(),
                            t.settings().currency(), s.customFacts(), clock.instant());
                })));
    }

    Uni<AnalyzerOutput> analyze(AnalysisRequest request, int attempt) {
        return languageModel.analyze(request)
                .onFailure(CapabilityNotConfiguredException.class).recoverWithUni(e -> rules.analyze(request))
                .onFailure(ProviderUnavailableException.class).recoverWithUni(e -> {
                    ProviderUnavailableException failure = (ProviderUnavailableException) e;
                    if (attempt < providerAttempts) {
                        LOG.log(System.Logger.Level.WARNING, "Analysis of call {0} failed on attempt {1} of {2} ({3}); "
                                + "the outbox retries it", request.call().id(), attempt, providerAttempts, e.getMessage());
                        return Uni.createFrom().failure(e);
                    }
                    LOG.log(System.Logger.Level.WARNING, "Analysis of call {0} failed {1} time(s) ({2}); "
                            + "using the offline rules", request.call().id(), attempt, e.getMessage());
                    return rules.analyze(request).map(output -> new AnalyzerOutput(output.analysis()
                            .withAnalyzer(output.analysis().analyzer() + " (fallback: " + failure.provider()
                                    + " unavailable)"), output.statedChanges()));
                });
    }
}
