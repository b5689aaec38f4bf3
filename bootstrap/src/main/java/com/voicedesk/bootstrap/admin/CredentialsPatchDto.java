package com.voicedesk.bootstrap.admin;

import com.voicedesk.application.tenant.CredentialChanges;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Patch;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.tenant.ProviderCredentials;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Provider credentials to set (an object), remove ({@code null}) or keep (left out). Write-only: responses
 * show which providers are configured and their public ids, never a secret.
 */
public class CredentialsPatchDto {

    public record LiveKitDto(@NotBlank @Size(max = 500) String url, @NotBlank @Size(max = 200) String apiKey,
                             @NotBlank @Size(max = 500) String apiSecret) {
        @Override
        public String toString() {
            return "LiveKitDto[url=" + url + ", apiKey=" + apiKey + ", apiSecret=***]";
        }
    }

    public record TwilioDto(@NotBlank @Size(max = 64) String accountSid, @NotBlank @Size(max = 200) String authToken,
                            @NotBlank @Size(max = 40) String phoneNumber) {
        @Override
        public String toString() {
            return "TwilioDto[accountSid=" + accountSid + ", authToken=***, phoneNumber=" + phoneNumber + "]";
        }
    }

    public record OpenAiDto(@NotBlank @Size(max = 500) String apiKey, @Size(max = 100) String model,
                            @Size(max = 500) String baseUrl) {
        @Override
        public String toString() {
            return "OpenAiDto[apiKey=***, model=" + model + ", baseUrl=" + baseUrl + "]";
        }
    }

    public record DeepgramDto(@NotBlank @Size(max = 500) String apiKey) {
        @Override
        public String toString() {
            return "DeepgramDto[apiKey=***]";
        }
    }

    private final Set<String> present = new HashSet<>();
    @Valid
    private LiveKitDto livekit;
    @Valid
    private TwilioDto twilio;
    @Valid
    private OpenAiDto openai;
    @Valid
    private DeepgramDto deepgram;

    public void setLivekit(LiveKitDto v) { livekit = v; present.add("livekit"); }
    public void setTwilio(TwilioDto v) { twilio = v; present.add("twilio"); }
    public void setOpenai(OpenAiDto v) { openai = v; present.add("openai"); }
    public void setDeepgram(DeepgramDto v) { deepgram = v; present.add("deepgram"); }

    public LiveKitDto getLivekit() { return livekit; }
    public TwilioDto getTwilio() { return twilio; }
    public OpenAiDto getOpenai() { return openai; }
    public DeepgramDto getDeepgram() { return deepgram; }

    CredentialChanges toChanges() {
        return new CredentialChanges(
                patch("livekit", livekit, d -> new ProviderCredentials.LiveKit(uri(d.url(), "livekit.url"), d.apiKey(), d.apiSecret())),
                patch("twilio", twilio, d -> new ProviderCredentials.Twilio(d.accountSid(), d.authToken(),
                        PhoneNumber.parse(d.phoneNumber()))),
                patch("openai", openai, d -> new ProviderCredentials.OpenAi(d.apiKey(), d.model(),
                        d.baseUrl() == null || d.baseUrl().isBlank() ? null : uri(d.baseUrl(), "openai.baseUrl"))),
                patch("deepgram", deepgram, d -> new ProviderCredentials.Deepgram(d.apiKey())));
    }

    private <T, R> Patch<R> patch(String field, T value, Function<T, R> convert) {
        if (!present.contains(field)) {
            return Patch.unchanged();
        }
        return Patch.set(value == null ? null : convert.apply(value));
    }

    private static URI uri(String raw, String field) {
        try {
            URI uri = new URI(raw.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(raw, "no scheme or host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidValueException(field, "must be an absolute URL such as wss://example.livekit.cloud");
        }
    }

    @Override
    public String toString() {
        return "CredentialsPatchDto" + present;
    }
}
