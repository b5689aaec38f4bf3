package com.voicedesk.domain.consultation;

import com.voicedesk.domain.shared.Identifiers;
import com.voicedesk.domain.shared.Require;

import java.util.UUID;

public record ConsultationId(UUID value) {

    public ConsultationId {
        Require.nonNull(value, "consultationId");
    }

    public static ConsultationId random() {
        return new ConsultationId(UUID.randomUUID());
    }

    public static ConsultationId of(String raw) {
        return new ConsultationId(Identifiers.parse(raw, "consultationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
