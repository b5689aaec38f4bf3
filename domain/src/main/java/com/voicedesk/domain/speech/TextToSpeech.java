package com.voicedesk.domain.speech;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/**
 * Speaks a text in the tenant's voice. Fails with CapabilityNotConfiguredException for a tenant without a
 * speech provider and ProviderUnavailableException when the provider fails.
 */
@FunctionalInterface
public interface TextToSpeech {

    /** At most this many characters are spoken (providers cap the input). */
    int MAX_TEXT = 4000;

    Uni<SynthesizedSpeech> synthesize(TenantId tenant, String text);
}
