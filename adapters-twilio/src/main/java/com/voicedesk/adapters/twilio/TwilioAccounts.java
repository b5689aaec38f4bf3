package com.voicedesk.adapters.twilio;

import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.tenant.ProviderCredentials;
import com.voicedesk.domain.tenant.TenantRepository;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A tenant's Twilio account, found by the slug of a webhook path or the tenant id of a stream token. Reads
 * run on a context (and database session) of their own, as webhooks and sockets call from anywhere; the
 * credentials are cached briefly, so a busy number costs no credential read per webhook.
 */
@ApplicationScoped
public class TwilioAccounts {

    /** A tenant with Twilio set up. */
    public record Account(TenantId tenantId, TenantSlug slug, ProviderCredentials.Twilio twilio) {
    }

    private record Cached(Account account, long loadedAtNanos) {
    }

    private final TenantRepository tenants;
    private final CredentialStore credentials;
    private final Vertx vertx;
    private final long ttlNanos;
    private final ConcurrentHashMap<TenantId, Cached> byTenant = new ConcurrentHashMap<>();

    public TwilioAccounts(TenantRepository tenants, CredentialStore credentials, Vertx vertx, TwilioConfig config) {
        this.tenants = tenants;
        this.credentials = credentials;
        this.vertx = vertx;
        this.ttlNanos = config.credentialsTtl().toNanos();
    }

    /** The account behind a webhook path; refused alike whether the tenant is unknown or has no Twilio. */
    public Uni<Account> bySlug(String slug) {
        TenantSlug parsed;
        try {
            parsed = new TenantSlug(slug);
        } catch (InvalidValueException e) {
            return Uni.createFrom().failure(new AccessDeniedException("Unknown Twilio webhook address"));
        }
        return onOwnContext(() -> tenants.findBySlug(parsed))
                .flatMap(tenant -> tenant.isEmpty()
                        ? Uni.createFrom().failure(new AccessDeniedException("Unknown Twilio webhook address"))
                        : byTenantId(tenant.get().id()));
    }

    public Uni<Account> byTenantId(TenantId tenant) {
        Cached cached = byTenant.get(tenant);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < ttlNanos) {
            return Uni.createFrom().item(cached.account());
        }
        return onOwnContext(() -> tenants.findById(tenant).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(new NotFoundException("Tenant", tenant));
            }
            return credentials.load(tenant).map(stored -> {
                if (stored.twilio() == null) {
                    throw new CapabilityNotConfiguredException("telephony",
                            "Tenant " + found.get().slug() + " has no Twilio account (credentials.twilio)");
                }
                Account account = new Account(tenant, found.get().slug(), stored.twilio());
                byTenant.put(tenant, new Cached(account, System.nanoTime()));
                return account;
            });
        }));
    }

    private <T> Uni<T> onOwnContext(Supplier<Uni<T>> work) {
        return FreshContext.run(vertx, work);
    }
}
