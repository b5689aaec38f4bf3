package com.voicedesk.application.tenant;

import com.voicedesk.domain.shared.Patch;
import com.voicedesk.domain.tenant.ProviderCredentials;

/** Per provider: leave the stored credentials alone, replace them, or remove them ({@code set(null)}). */
public record CredentialChanges(
        Patch<ProviderCredentials.LiveKit> livekit,
        Patch<ProviderCredentials.Twilio> twilio,
        Patch<ProviderCredentials.OpenAi> openai,
        Patch<ProviderCredentials.Deepgram> deepgram) {

    public CredentialChanges {
        livekit = livekit == null ? Patch.unchanged() : livekit;
        twilio = twilio == null ? Patch.unchanged() : twilio;
        openai = openai == null ? Patch.unchanged() : openai;
        deepgram = deepgram == null ? Patch.unchanged() : deepgram;
    }

    public static CredentialChanges none() {
        return new CredentialChanges(null, null, null, null);
    }

    public boolean isEmpty() {
        return !(livekit.isSet() || twilio.isSet() || openai.isSet() || deepgram.isSet());
    }

    public ProviderCredentials applyTo(ProviderCredentials current) {
        return new ProviderCredentials(
                livekit.applyTo(current.livekit()),
                twilio.applyTo(current.twilio()),
                openai.applyTo(current.openai()),
                deepgram.applyTo(current.deepgram()));
    }
}
