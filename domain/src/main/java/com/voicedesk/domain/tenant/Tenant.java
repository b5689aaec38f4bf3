package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;

/** A company using VoiceDesk: one DJ company, its settings, its data. */
public record Tenant(TenantId id, TenantSlug slug, String name, TenantSettings settings, Instant createdAt, Instant updatedAt) {

    public Tenant {
        Require.nonNull(id, "id");
        Require.nonNull(slug, "slug");
        name = Require.text(name, "name", 120);
        Require.nonNull(settings, "settings");
        Require.nonNull(createdAt, "createdAt");
        Require.nonNull(updatedAt, "updatedAt");
    }

    public static Tenant create(TenantSlug slug, String name, TenantSettings settings, Instant now) {
        return new Tenant(TenantId.random(), slug, name, settings, now, now);
    }

    public Tenant withSettings(String newName, TenantSettings newSettings, Instant now) {
        return new Tenant(id, slug, newName, newSettings, createdAt, now);
    }
}
