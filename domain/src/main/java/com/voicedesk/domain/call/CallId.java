package com.voicedesk.domain.call;

import com.voicedesk.domain.shared.Identifiers;
import com.voicedesk.domain.shared.Require;

import java.util.UUID;

public record CallId(UUID value) {

    public CallId {
        Require.nonNull(value, "callId");
    }

    public static CallId random() {
        return new CallId(UUID.randomUUID());
    }

    public static CallId of(String raw) {
        return new CallId(Identifiers.parse(raw, "callId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
