package com.voicedesk.bootstrap.admin;

import com.voicedesk.application.tenant.IssuedApiKey;
import com.voicedesk.application.tenant.TenantView;
import com.voicedesk.domain.tenant.ApiKey;
import com.voicedesk.domain.tenant.Capability;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Response bodies of the tenant administration API. None of them carries a secret. */
public final class TenantResponses {

    private TenantResponses() {
    }

    public record Tenant(UUID id, String slug, String name, TenantSettingsDto settings, Set<Capability> capabilities,
                         TenantView.PublicCredentials credentials, List<Key> apiKeys, Instant createdAt,
                         Instant updatedAt) {

        static Tenant of(TenantView view) {
            var t = view.tenant();
            return new Tenant(t.id().value(), t.slug().value(), t.name(), TenantSettingsDto.of(t.settings()),
                    new TreeSet<>(view.capabilities()), view.credentials(),
                    view.apiKeys().stream().map(Key::of).toList(), t.createdAt(), t.updatedAt());
        }
    }

    public record Key(UUID id, String name, String prefix, Instant createdAt, Instant revokedAt) {
        static Key of(ApiKey k) {
            return new Key(k.id().value(), k.name(), k.prefix(), k.createdAt(), k.revokedAt());
        }
    }

    /** The one response that carries the key: store it now, it cannot be shown again. */
    public record IssuedKey(UUID id, String name, String prefix, String key, Instant createdAt) {
        static IssuedKey of(IssuedApiKey issued) {
            return new IssuedKey(issued.key().id().value(), issued.key().name(), issued.key().prefix(), issued.secret(),
                    issued.key().createdAt());
        }
    }
}
