package com.voicedesk.application.tenant;

import com.voicedesk.domain.tenant.ApiKey;
import com.voicedesk.domain.tenant.Capability;
import com.voicedesk.domain.tenant.ProviderCredentials;
import com.voicedesk.domain.tenant.Tenant;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A tenant as an operator sees it: settings, which capabilities its credentials switch on, the public
 * parts of those credentials (never a secret), and its API keys (never the key itself).
 */
public record TenantView(Tenant tenant, Set<Capability> capabilities, PublicCredentials credentials, List<ApiKey> apiKeys) {

    /** What may be shown of the credentials: ids and URLs, not secrets. */
    public record PublicCredentials(URI livekitUrl, String livekitApiKey, String twilioAccountSid,
                                    String twilioPhoneNumber, String openaiModel, boolean openaiConfigured,
                                    boolean deepgramConfigured) {

        public static PublicCredentials of(ProviderCredentials c) {
            return new PublicCredentials(
                    c.livekit() == null ? null : c.livekit().url(),
                    c.livekit() == null ? null : c.livekit().apiKey(),
                    c.twilio() == null ? null : c.twilio().accountSid(),
                    c.twilio() == null ? null : c.twilio().phoneNumber().value(),
                    c.openai() == null ? null : c.openai().model(),
                    c.openai() != null,
                    c.deepgram() != null);
        }
    }
}
