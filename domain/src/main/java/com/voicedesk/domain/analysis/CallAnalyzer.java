package com.voicedesk.domain.analysis;

import io.smallrye.mutiny.Uni;

/**
 * Writes the notes on a call from its transcript. Implementations: a language model (which fails with
 * {@link com.voicedesk.domain.shared.CapabilityNotConfiguredException} for a tenant without a key and
 * {@link com.voicedesk.domain.shared.ProviderUnavailableException} when the provider fails), and offline
 * rules, which never fail. The analysis names its analyzer.
 */
@FunctionalInterface
public interface CallAnalyzer {

    Uni<AnalyzerOutput> analyze(AnalysisRequest request);
}
