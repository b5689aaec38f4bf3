package com.voicedesk.adapters.livekit;

import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.tenant.ProviderCredentials;
import io.livekit.server.RoomServiceClient;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One LiveKit client and one fault-tolerance guard per tenant: a tenant whose LiveKit project is down opens
 * its own circuit, not everyone's. Entries are rebuilt when the tenant's credentials change.
 */
@ApplicationScoped
public class LiveKitClients {

    /** A tenant's client, built from these credentials, with its own circuit breaker. */
    public record TenantClient(ProviderCredentials.LiveKit credentials, RoomServiceClient rooms, Guard guard,
                               long loadedAtNanos) {
    }

    private final ConcurrentHashMap<TenantId, TenantClient> clients = new ConcurrentHashMap<>();
    private final CredentialStore credentials;
    private final LiveKitConfig config;

    public LiveKitClients(CredentialStore credentials, LiveKitConfig config) {
        this.credentials = credentials;
        this.config = config;
    }

    /** The tenant's client; CapabilityNotConfiguredException when the tenant has no LiveKit settings. */
    public Uni<TenantClient> forTenant(TenantId tenant) {
        TenantClient cached = clients.get(tenant);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < config.credentialsTtl().toNanos()) {
            return Uni.createFrom().item(cached);
        }
        return credentials.load(tenant).map(all -> {
            ProviderCredentials.LiveKit livekit = all.livekit();
            if (livekit == null) {
                clients.remove(tenant);
                throw new CapabilityNotConfiguredException("rooms",
                        "This tenant has no LiveKit settings; set them with PATCH /admin/tenants/{slug} (credentials.livekit)");
            }
            return clients.compute(tenant, (id, previous) -> previous != null && previous.credentials().equals(livekit)
                    ? new TenantClient(previous.credentials(), previous.rooms(), previous.guard(), System.nanoTime())
                    : build(livekit));
        });
    }

    /** The tenant's LiveKit settings (for signing tokens), without building a client. */
    public Uni<ProviderCredentials.LiveKit> settings(TenantId tenant) {
        return forTenant(tenant).map(TenantClient::credentials);
    }

    private TenantClient build(ProviderCredentials.LiveKit livekit) {
        RoomServiceClient rooms = RoomServiceClient.Companion.create(httpUrl(livekit.url()), livekit.apiKey(),
                livekit.apiSecret(), false, okhttp -> okhttp
                        .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .callTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS));
        Guard guard = Guard.create()
                .withDescription("livekit")
                .withTimeout().duration(config.requestTimeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(config.maxRetries())
                .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .retryOn(List.of(LiveKitFailure.Transient.class,
                        org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException.class))
                .done()
                .withCircuitBreaker().requestVolumeThreshold(config.breakerVolume())
                .failureRatio(config.breakerFailureRatio())
                .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                .skipOn(LiveKitFailure.Rejected.class)
                .done()
                .build();
        return new TenantClient(livekit, rooms, guard, System.nanoTime());
    }

    /** LiveKit URLs are given as the browser uses them (wss://); the server API is the same host over http(s). */
    static String httpUrl(URI url) {
        String scheme = switch (url.getScheme()) {
            case "wss", "https" -> "https";
            default -> "http";
        };
        return scheme + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
    }
}
