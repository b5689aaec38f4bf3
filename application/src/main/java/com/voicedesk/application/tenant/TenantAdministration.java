package com.voicedesk.application.tenant;

import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.UnitOfWork;
import com.voicedesk.domain.tenant.ApiKey;
import com.voicedesk.domain.tenant.ApiKeyId;
import com.voicedesk.domain.tenant.ApiKeyRepository;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.tenant.Tenant;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.tenant.TenantSettings;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The operator's side: tenants, their settings and credentials, their API keys. */
public final class TenantAdministration implements CreateTenantUseCase, UpdateTenantUseCase, TenantQueriesUseCase,
        IssueApiKeyUseCase, RevokeApiKeyUseCase, SeedDemoTenantUseCase {

    static final TenantSlug DEMO_SLUG = new TenantSlug("demo");

    private final TenantRepository tenants;
    private final ApiKeyRepository apiKeys;
    private final CredentialStore credentials;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public TenantAdministration(TenantRepository tenants, ApiKeyRepository apiKeys, CredentialStore credentials,
                                UnitOfWork unitOfWork, Clock clock) {
        this.tenants = tenants;
        this.apiKeys = apiKeys;
        this.credentials = credentials;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Uni<Tenant> create(CreateTenantCommand command) {
        Tenant tenant = Tenant.create(command.slug(), command.name(), command.settings(), clock.instant());
        return tenants.insert(tenant).replaceWith(tenant);
    }

    @Override
    public Uni<TenantView> update(UpdateTenantCommand command) {
        if (!command.credentials().isEmpty() && !credentials.canStoreSecrets()) {
            return Uni.createFrom().failure(new CapabilityNotConfiguredException("secret-storage",
                    "This VoiceDesk has no master key (VOICEDESK_SECURITY_MASTER_KEY), so it cannot store provider credentials"));
        }
        return unitOfWork.inTransaction(() -> requireTenant(command.slug()).flatMap(current -> {
            String name = command.name() == null ? current.name() : command.name();
            TenantSettings settings = command.settings().apply(current.settings());
            Tenant updated = current.withSettings(name, settings, clock.instant());
            Uni<Void> saveCredentials = command.credentials().isEmpty()
                    ? Uni.createFrom().voidItem()
                    : credentials.load(current.id())
                            .flatMap(stored -> credentials.save(current.id(), command.credentials().applyTo(stored)));
            return tenants.update(updated).chain(() -> saveCredentials).replaceWith(updated);
        })).flatMap(this::view);
    }

    @Override
    public Uni<TenantView> get(TenantSlug slug) {
        return requireTenant(slug).flatMap(this::view);
    }

    @Override
    public Uni<List<TenantView>> list() {
        return tenants.list().flatMap(all -> Multi.createFrom().iterable(all)
                .onItem().transformToUniAndConcatenate(this::view)
                .collect().asList());
    }

    @Override
    public Uni<IssuedApiKey> issue(IssueApiKeyCommand command) {
        return requireTenant(command.slug()).flatMap(tenant -> issueFor(tenant, command.name()));
    }

    @Override
    public Uni<Void> revoke(RevokeApiKeyCommand command) {
        return requireTenant(command.slug())
                .flatMap(tenant -> apiKeys.revoke(tenant.id(), command.keyId(), clock.instant()))
                .flatMap(revoked -> revoked
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new NotFoundException("Active API key", command.keyId())));
    }

    @Override
    public Uni<Optional<IssuedApiKey>> seedIfEmpty() {
        return unitOfWork.inTransaction(() -> tenants.isEmpty().flatMap(empty -> {
            if (!empty) {
                return Uni.createFrom().item(Optional.<IssuedApiKey>empty());
            }
            return create(new CreateTenantCommand(DEMO_SLUG, "Demo DJ Company", null))
                    .flatMap(tenant -> issueFor(tenant, "demo"))
                    .map(Optional::of);
        }));
    }

    private Uni<IssuedApiKey> issueFor(Tenant tenant, String name) {
        String secret = ApiKeySecrets.generate();
        ApiKey key = new ApiKey(ApiKeyId.random(), tenant.id(), name, ApiKeySecrets.visiblePrefix(secret),
                clock.instant(), null);
        return apiKeys.insert(key, ApiKeySecrets.hash(secret)).replaceWith(new IssuedApiKey(key, secret));
    }

    private Uni<Tenant> requireTenant(TenantSlug slug) {
        return tenants.findBySlug(slug).map(found -> found.orElseThrow(() -> new NotFoundException("Tenant", slug)));
    }

    // Sequential on purpose: repository calls share the request's database session, which is not concurrent.
    private Uni<TenantView> view(Tenant tenant) {
        return credentials.load(tenant.id()).flatMap(stored -> apiKeys.list(tenant.id()).map(keys ->
                new TenantView(tenant, stored.capabilities(), TenantView.PublicCredentials.of(stored), keys)));
    }
}
