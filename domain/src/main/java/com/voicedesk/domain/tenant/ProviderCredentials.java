package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.Require;

import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

/**
 * A tenant's provider accounts. Every part is optional: a tenant without LiveKit simply has no rooms.
 * Stored encrypted; the {@code toString} of every secret-bearing record redacts the secret, so a stray
 * log line cannot leak it.
 */
public record ProviderCredentials(LiveKit livekit, Twilio twilio, OpenAi openai, Deepgram deepgram) {

    public static ProviderCredentials none() {
        return new ProviderCredentials(null, null, null, null);
    }

    public Set<Capability> capabilities() {
        Set<Capability> on = EnumSet.noneOf(Capability.class);
        if (livekit != null) {
            on.add(Capability.ROOMS);
        }
        if (twilio != null) {
            on.add(Capability.TELEPHONY);
        }
        if (deepgram != null) {
            on.add(Capability.SPEECH_TO_TEXT);
        }
        if (openai != null) {
            on.add(Capability.LANGUAGE_MODEL);
            on.add(Capability.TEXT_TO_SPEECH);
        }
        return on;
    }

    public ProviderCredentials withLivekit(LiveKit value) {
        return new ProviderCredentials(value, twilio, openai, deepgram);
    }

    public ProviderCredentials withTwilio(Twilio value) {
        return new ProviderCredentials(livekit, value, openai, deepgram);
    }

    public ProviderCredentials withOpenai(OpenAi value) {
        return new ProviderCredentials(livekit, twilio, value, deepgram);
    }

    public ProviderCredentials withDeepgram(Deepgram value) {
        return new ProviderCredentials(livekit, twilio, openai, value);
    }

    /** LiveKit project: server URL (wss:// or https://), API key (public id) and secret. */
    public record LiveKit(URI url, String apiKey, String apiSecret) {
        public LiveKit {
            Require.nonNull(url, "livekit.url");
            String scheme = url.getScheme();
            if (scheme == null || !Set.of("ws", "wss", "http", "https").contains(scheme) || url.getHost() == null) {
                throw new InvalidValueException("livekit.url", "must be a ws(s):// or http(s):// URL");
            }
            apiKey = Require.text(apiKey, "livekit.apiKey", 200);
            apiSecret = Require.text(apiSecret, "livekit.apiSecret", 500);
        }

        @Override
        public String toString() {
            return "LiveKit[url=" + url + ", apiKey=" + apiKey + ", apiSecret=***]";
        }
    }

    /** Twilio account: SID (public id), auth token (secret, also signs webhooks), the company's number. */
    public record Twilio(String accountSid, String authToken, PhoneNumber phoneNumber) {
        public Twilio {
            accountSid = Require.text(accountSid, "twilio.accountSid", 64);
            if (!accountSid.startsWith("AC")) {
                throw new InvalidValueException("twilio.accountSid", "must be a Twilio account SID (AC...)");
            }
            authToken = Require.text(authToken, "twilio.authToken", 200);
            Require.nonNull(phoneNumber, "twilio.phoneNumber");
        }

        @Override
        public String toString() {
            return "Twilio[accountSid=" + accountSid + ", authToken=***, phoneNumber=" + phoneNumber + "]";
        }
    }

    /** OpenAI (or compatible) account: key, and optional model and base URL overrides. */
    public record OpenAi(String apiKey, String model, URI baseUrl) {
        public OpenAi {
            apiKey = Require.text(apiKey, "openai.apiKey", 500);
            model = Require.optionalText(model, "openai.model", 100);
        }

        @Override
        public String toString() {
            return "OpenAi[apiKey=***, model=" + model + ", baseUrl=" + baseUrl + "]";
        }
    }

    /** Deepgram account key for streaming speech-to-text. */
    public record Deepgram(String apiKey) {
        public Deepgram {
            apiKey = Require.text(apiKey, "deepgram.apiKey", 500);
        }

        @Override
        public String toString() {
            return "Deepgram[apiKey=***]";
        }
    }
}
