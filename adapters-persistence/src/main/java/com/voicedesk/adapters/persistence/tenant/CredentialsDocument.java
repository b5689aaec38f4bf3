package com.voicedesk.adapters.persistence.tenant;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.tenant.ProviderCredentials;

import java.net.URI;

/** The JSON that is sealed into {@code tenants.credentials}. */
@RegisterForReflection(ignoreNested = false)
record CredentialsDocument(LiveKit livekit, Twilio twilio, OpenAi openai, Deepgram deepgram) {

    record LiveKit(String url, String apiKey, String apiSecret) {
    }

    record Twilio(String accountSid, String authToken, String phoneNumber) {
    }

    record OpenAi(String apiKey, String model, String baseUrl) {
    }

    record Deepgram(String apiKey) {
    }

    static CredentialsDocument of(ProviderCredentials c) {
        return new CredentialsDocument(
                c.livekit() == null ? null
                        : new LiveKit(c.livekit().url().toString(), c.livekit().apiKey(), c.livekit().apiSecret()),
                c.twilio() == null ? null
                        : new Twilio(c.twilio().accountSid(), c.twilio().authToken(), c.twilio().phoneNumber().value()),
                c.openai() == null ? null
                        : new OpenAi(c.openai().apiKey(), c.openai().model(),
                        c.openai().baseUrl() == null ? null : c.openai().baseUrl().toString()),
                c.deepgram() == null ? null : new Deepgram(c.deepgram().apiKey()));
    }

    ProviderCredentials toDomain() {
        return new ProviderCredentials(
                livekit == null ? null : new ProviderCredentials.LiveKit(URI.create(livekit.url()), livekit.apiKey(), livekit.apiSecret()),
                twilio == null ? null : new ProviderCredentials.Twilio(twilio.accountSid(), twilio.authToken(), new PhoneNumber(twilio.phoneNumber())),
                openai == null ? null : new ProviderCredentials.OpenAi(openai.apiKey(), openai.model(),
                        openai.baseUrl() == null ? null : URI.create(openai.baseUrl())),
                deepgram == null ? null : new ProviderCredentials.Deepgram(deepgram.apiKey()));
    }

    @Override
    public String toString() {
        return "CredentialsDocument[sealed]";
    }
}
