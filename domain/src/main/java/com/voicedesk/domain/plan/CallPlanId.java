package com.voicedesk.domain.plan;

import com.voicedesk.domain.shared.Identifiers;
import com.voicedesk.domain.shared.Require;

import java.util.UUID;

public record CallPlanId(UUID value) {

    public CallPlanId {
        Require.nonNull(value, "callPlanId");
    }

    public static CallPlanId random() {
        return new CallPlanId(UUID.randomUUID());
    }

    public static CallPlanId of(String raw) {
        return new CallPlanId(Identifiers.parse(raw, "callPlanId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
