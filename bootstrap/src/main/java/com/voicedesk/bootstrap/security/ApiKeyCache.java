package com.voicedesk.bootstrap.security;

import com.voicedesk.application.tenant.AuthenticateApiKeyUseCase;
import com.voicedesk.application.tenant.TenantPrincipal;
import com.voicedesk.bootstrap.VoiceDeskConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers authenticated keys for a short time, so that a request costs no key lookup in the database.
 * Only successes are remembered (a wrong key always reaches the database, and cannot fill the cache);
 * a revocation through this instance clears the cache at once, one through another instance is seen here
 * within the cache's time to live. The same goes for the check that the key behind an admin token still stands.
 */
@ApplicationScoped
public class ApiKeyCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(TenantPrincipal principal, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Keys found active, by principal: what stands behind admin tokens. */
    private final ConcurrentHashMap<TenantPrincipal, Long> active = new ConcurrentHashMap<>();
    private final AuthenticateApiKeyUseCase authenticator;
    private final long ttlNanos;

    public ApiKeyCache(AuthenticateApiKeyUseCase authenticator, VoiceDeskConfig config) {
        this.authenticator = authenticator;
        Duration ttl = config.api().keyCacheTtl();
        this.ttlNanos = ttl.toNanos();
    }

    public Uni<Optional<TenantPrincipal>> authenticate(String presentedKey) {
        Entry cached = entries.get(presentedKey);
        long now = System.nanoTime();
        if (cached != null && now - cached.expiresAtNanos < 0) {
            return Uni.createFrom().item(Optional.of(cached.principal));
        }
        return authenticator.authenticate(presentedKey).invoke(found -> {
            if (found.isPresent() && ttlNanos > 0) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(presentedKey, new Entry(found.get(), System.nanoTime() + ttlNanos));
            } else {
                entries.remove(presentedKey);
            }
        });
    }

    /** Whether a key authenticated earlier (presented, or behind an admin token) is still active (not revoked). */
    public Uni<Boolean> isActive(TenantPrincipal principal) {
        Long expiresAt = active.get(principal);
        if (expiresAt != null && System.nanoTime() - expiresAt < 0) {
            return Uni.createFrom().item(true);
        }
        return authenticator.isActive(principal).invoke(isActive -> {
            if (isActive && ttlNanos > 0) {
                if (active.size() >= MAX_ENTRIES) {
                    active.clear();
                }
                active.put(principal, System.nanoTime() + ttlNanos);
            } else {
                active.remove(principal);
            }
        });
    }

    public void invalidateAll() {
        entries.clear();
        active.clear();
    }
}
