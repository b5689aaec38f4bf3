package com.voicedesk.domain.contact;

import com.voicedesk.domain.shared.Identifiers;
import com.voicedesk.domain.shared.Require;

import java.util.UUID;

public record ContactId(UUID value) {

    public ContactId {
        Require.nonNull(value, "contactId");
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }

    public static ContactId of(String raw) {
        return new ContactId(Identifiers.parse(raw, "contactId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
