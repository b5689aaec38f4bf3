package com.voicedesk.domain.speech;

import com.voicedesk.domain.audio.AudioFormat;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

/**
 * What to transcribe: whose account pays (the tenant's credentials), the audio format, and a label that
 * names the stream in logs and in the provider segment ids ("call 1234 caller").
 */
public record SpeechStreamRequest(TenantId tenantId, String streamLabel, AudioFormat format) {

    public SpeechStreamRequest {
        Require.nonNull(tenantId, "tenantId");
        streamLabel = Require.text(streamLabel, "streamLabel", 200);
        Require.nonNull(format, "format");
    }
}
