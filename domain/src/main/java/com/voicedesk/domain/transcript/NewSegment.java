package com.voicedesk.domain.transcript;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Duration;
import java.time.Instant;

/**
 * A final transcript segment as it arrives from speech-to-text, before the store gives it its place.
 * {@code providerSegmentId} identifies it across retries and reconnects: appending it twice stores it once.
 */
public record NewSegment(
        TenantId tenantId,
        CallId callId,
        String providerSegmentId,
        Speaker speaker,
        String speakerLabel,
        String text,
        Duration start,
        Duration end,
        double confidence,
        Instant receivedAt) {

    public NewSegment {
        Require.nonNull(tenantId, "tenantId");
        Require.nonNull(callId, "callId");
        providerSegmentId = Require.text(providerSegmentId, "providerSegmentId", 200);
        Require.nonNull(speaker, "speaker");
        speakerLabel = Require.optionalText(speakerLabel, "speakerLabel", 200);
        text = Require.text(text, "text", 20_000);
        Require.nonNull(start, "start");
        Require.nonNull(end, "end");
        if (start.isNegative() || end.compareTo(start) < 0) {
            throw new com.voicedesk.domain.shared.InvalidValueException("end", "must not be before start");
        }
        Require.range(confidence, 0.0, 1.0, "confidence");
        Require.nonNull(receivedAt, "receivedAt");
    }
}
