package com.voicedesk.domain.shared;

import java.util.UUID;

/** The tenant every piece of data belongs to. Every repository method takes one. */
public record TenantId(UUID value) {

    public TenantId {
        Require.nonNull(value, "tenantId");
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    public static TenantId of(String raw) {
        return new TenantId(Identifiers.parse(raw, "tenantId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
