package com.voicedesk.bootstrap.health;

import com.voicedesk.adapters.ai.deepgram.DeepgramConfig;
import com.voicedesk.adapters.livekit.LiveKitConfig;
import com.voicedesk.adapters.twilio.TwilioConfig;
import com.voicedesk.bootstrap.VoiceDeskConfig;
import com.voicedesk.domain.tenant.CredentialStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What this service can do right now, service-wide, and how to switch on what is off. Provider accounts are
 * per tenant (GET /admin/tenants/{slug} says which a tenant has); these are the settings that apply to all.
 * Reported by the readiness check and logged at startup.
 */
@ApplicationScoped
public class ServiceCapabilities {

    /** One line of the report: whether it is on, and what it means or how to switch it on. */
    public record Capability(boolean on, String detail) {
    }

    private final VoiceDeskConfig config;
    private final CredentialStore credentials;
    private final LiveKitConfig livekit;
    private final TwilioConfig twilio;
    private final DeepgramConfig deepgram;

    public ServiceCapabilities(VoiceDeskConfig config, CredentialStore credentials, LiveKitConfig livekit,
                               TwilioConfig twilio, DeepgramConfig deepgram) {
        this.config = config;
        this.credentials = credentials;
        this.livekit = livekit;
        this.twilio = twilio;
        this.deepgram = deepgram;
    }

    public Map<String, Capability> report() {
        Map<String, Capability> report = new LinkedHashMap<>();
        report.put("tenantAdministration", config.operatorToken().isPresent()
                ? new Capability(true, "/admin is open to the operator token")
                : new Capability(false, "set VOICEDESK_OPERATOR_TOKEN to manage tenants"));
        report.put("providerCredentialStorage", credentials.canStoreSecrets()
                ? new Capability(true, "tenants can store provider credentials (sealed with the master key)")
                : new Capability(false, "set VOICEDESK_SECURITY_MASTER_KEY (openssl rand -base64 32); until then tenants "
                + "cannot configure LiveKit, Twilio, OpenAI or Deepgram, and voice sessions are off"));
        report.put("audioTaps", livekit.audioTap().baseUrl().isPresent()
                ? new Capability(true, "LiveKit egress streams to " + livekit.audioTap().baseUrl().get())
                : new Capability(false, "set VOICEDESK_LIVEKIT_AUDIO_TAP_BASE_URL to transcribe LiveKit rooms"));
        report.put("twilioWebhooks", twilio.publicBaseUrl().isPresent()
                ? new Capability(true, "signatures checked against " + twilio.publicBaseUrl().get())
                : new Capability(true, "signatures checked against the request's own URL (set VOICEDESK_TWILIO_PUBLIC_BASE_URL "
                + "behind a proxy that rewrites it)"));
        report.put("speechToText", deepgram.apiKey().filter(k -> !k.isBlank()).isPresent()
                ? new Capability(true, "a service-wide Deepgram key serves tenants without their own")
                : new Capability(true, "per tenant (credentials.deepgram); a tenant without a key gets calls routed and "
                + "recorded with the transcript marked incomplete"));
        report.put("languageModel", new Capability(true, "per tenant (credentials.openai); a tenant without a key "
                + "gets the offline call analyzer and assistant rules"));
        return report;
    }
}
