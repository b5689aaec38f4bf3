package com.voicedesk.application.tenant;

import com.voicedesk.application.fakes.DirectUnitOfWork;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.Patch;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.ApiKey;
import com.voicedesk.domain.tenant.ApiKeyId;
import com.voicedesk.domain.tenant.ApiKeyRepository;
import com.voicedesk.domain.tenant.Capability;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.tenant.ProviderCredentials;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantAdministrationTest {

    private final Map<TenantSlug, Tenant> tenants = new HashMap<>();
    private final Map<String, ApiKey> keysByHash = new HashMap<>();
    private final Map<TenantId, ProviderCredentials> credentials = new HashMap<>();
    private boolean secretsAvailable = true;

    private final TenantRepository tenantRepository = new TenantRepository() {
        public Uni<Void> insert(Tenant t) {
            if (tenants.containsKey(t.slug())) {
                return Uni.createFrom().failure(new ConflictException("taken"));
            }
            tenants.put(t.slug(), t);
            return Uni.createFrom().voidItem();
        }
        public Uni<Void> update(Tenant t) {
            tenants.put(t.slug(), t);
            return Uni.createFrom().voidItem();
        }
        public Uni<Optional<Tenant>> findById(TenantId id) {
            return Uni.createFrom().item(tenants.values().stream().filter(t -> t.id().equals(id)).findFirst());
        }
        public Uni<Optional<Tenant>> findBySlug(TenantSlug slug) {
            return Uni.createFrom().item(Optional.ofNullable(tenants.get(slug)));
        }
        public Uni<List<Tenant>> list() {
            return Uni.createFrom().item(List.copyOf(tenants.values()));
        }
        public Uni<Boolean> isEmpty() {
            return Uni.createFrom().item(tenants.isEmpty());
        }
    };

    private final ApiKeyRepository apiKeys = new ApiKeyRepository() {
        public Uni<Void> insert(ApiKey key, String hash) {
            keysByHash.put(hash, key);
            return Uni.createFrom().voidItem();
        }
        public Uni<Optional<ApiKey>> findActiveByHash(String hash) {
            return Uni.createFrom().item(Optional.ofNullable(keysByHash.get(hash)).filter(ApiKey::isActive));
        }
        public Uni<Boolean> isActive(TenantId tenant, ApiKeyId id) {
            return Uni.createFrom().item(keysByHash.values().stream()
                    .anyMatch(k -> k.id().equals(id) && k.tenantId().equals(tenant) && k.isActive()));
        }
        public Uni<Boolean> revoke(TenantId tenant, ApiKeyId id, Instant at) {
            for (var entry : keysByHash.entrySet()) {
                ApiKey k = entry.getValue();
                if (k.id().equals(id) && k.tenantId().equals(tenant) && k.isActive()) {
                    entry.setValue(new ApiKey(k.id(), k.tenantId(), k.name(), k.prefix(), k.createdAt(), at));
                    return Uni.createFrom().item(true);
                }
            }
            return Uni.createFrom().item(false);
        }
        public Uni<List<ApiKey>> list(TenantId tenant) {
            return Uni.createFrom().item(new ArrayList<>(keysByHash.values().stream()
                    .filter(k -> k.tenantId().equals(tenant)).toList()));
        }
    };

    private final CredentialStore credentialStore = new CredentialStore() {
        public Uni<ProviderCredentials> load(TenantId tenant) {
            return Uni.createFrom().item(credentials.getOrDefault(tenant, ProviderCredentials.none()));
        }
        public Uni<Void> save(TenantId tenant, ProviderCredentials c) {
            credentials.put(tenant, c);
            return Uni.createFrom().voidItem();
        }
        public Uni<Optional<TenantId>> findTenantByLiveKitApiKey(String apiKey) {
            return Uni.createFrom().item(Optional.empty());
        }
        public boolean canStoreSecrets() {
            return secretsAvailable;
        }
    };

    private final TenantAdministration admin = new TenantAdministration(tenantRepository, apiKeys, credentialStore,
            new DirectUnitOfWork(), Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
    private final ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(apiKeys);

    private Tenant m10() {
        return admin.create(new CreateTenantCommand(new TenantSlug("m10"), "M10 DJ Company", null)).await().indefinitely();
    }

    @Test
    void anIssuedKeyAuthenticatesUntilRevokedAndIsStoredOnlyAsAHash() {
        Tenant tenant = m10();
        IssuedApiKey issued = admin.issue(new IssueApiKeyCommand(tenant.slug(), "crm")).await().indefinitely();

        assertThat(issued.secret()).startsWith("vd_").hasSize(43);
        assertThat(keysByHash).doesNotContainKey(issued.secret());
        assertThat(keysByHash.keySet()).allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain(issued.secret()));
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(authenticator.authenticate(issued.secret()).await().indefinitely())
                .contains(new TenantPrincipal(tenant.id(), issued.key().id()));

        admin.revoke(new RevokeApiKeyCommand(tenant.slug(), issued.key().id())).await().indefinitely();
        assertThat(authenticator.authenticate(issued.secret()).await().indefinitely()).isEmpty();
        assertThatThrownBy(() -> admin.revoke(new RevokeApiKeyCommand(tenant.slug(), issued.key().id()))
                .await().indefinitely()).isInstanceOf(NotFoundException.class);
    }

    @Test
    void malformedKeysAreRefusedWithoutALookup() {
        assertThat(authenticator.authenticate("Bearer nonsense").await().indefinitely()).isEmpty();
        assertThat(authenticator.authenticate(null).await().indefinitely()).isEmpty();
        assertThat(authenticator.authenticate("vd_short").await().indefinitely()).isEmpty();
    }

    @Test
    void settingsMergeAndCredentialsSwitchCapabilitiesOn() {
        Tenant tenant = m10();
        TenantView view = admin.update(new UpdateTenantCommand(tenant.slug(), null,
                s -> new com.voicedesk.domain.tenant.TenantSettings(ZoneId.of("America/New_York"), s.currency(),
                        s.persona(), s.businessHours(), s.callRouting(), s.recordingDisclosure()),
                new CredentialChanges(
                        Patch.set(new ProviderCredentials.LiveKit(URI.create("wss://m10.livekit.cloud"), "APIkey", "s3cret")),
                        Patch.set(new ProviderCredentials.Twilio("AC123", "tok", PhoneNumber.parse("+15550100000"))),
                        null, null))).await().indefinitely();

        assertThat(view.tenant().settings().timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(view.tenant().name()).isEqualTo("M10 DJ Company");
        assertThat(view.capabilities()).containsExactlyInAnyOrder(Capability.ROOMS, Capability.TELEPHONY);
        assertThat(view.credentials().livekitApiKey()).isEqualTo("APIkey");
        assertThat(view.toString()).doesNotContain("s3cret").doesNotContain("tok,");

        TenantView removed = admin.update(new UpdateTenantCommand(tenant.slug(), null, null,
                new CredentialChanges(null, Patch.set(null), null, null))).await().indefinitely();
        assertThat(removed.capabilities()).containsExactly(Capability.ROOMS);
    }

    @Test
    void credentialsAreRefusedWhenTheyCannotBeStoredEncrypted() {
        Tenant tenant = m10();
        secretsAvailable = false;
        assertThatThrownBy(() -> admin.update(new UpdateTenantCommand(tenant.slug(), null, null,
                new CredentialChanges(null, null, null, Patch.set(new ProviderCredentials.Deepgram("dg")))))
                .await().indefinitely())
                .isInstanceOf(CapabilityNotConfiguredException.class).hasMessageContaining("master key");
        assertThat(credentials).isEmpty();
    }

    @Test
    void theDemoTenantIsSeededOnlyIntoAnEmptyInstallation() {
        Optional<IssuedApiKey> first = admin.seedIfEmpty().await().indefinitely();
        Optional<IssuedApiKey> second = admin.seedIfEmpty().await().indefinitely();
        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(tenants).containsKey(new TenantSlug("demo"));
        assertThat(authenticator.authenticate(first.get().secret()).await().indefinitely()).isPresent();
    }

    @Test
    void unknownTenantsAreNotFound() {
        assertThatThrownBy(() -> admin.get(new TenantSlug("nobody")).await().indefinitely())
                .isInstanceOf(NotFoundException.class);
    }
}
