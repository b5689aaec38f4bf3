package com.voicedesk.adapters.livekit;

import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.tenant.ProviderCredentials;
import io.livekit.server.EgressServiceClient;
import io.livekit.server.RoomServiceClient;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One set of LiveKit clients and one fault-tolerance guard per tenant: a tenant whose LiveKit project is down
 * opens its own circuit, not everyone's. Entries are rebuilt when the tenant's credentials change. Every call
 * goes through {@link #call}: timeout, retries on transient failures, the circuit breaker, domain errors out.
 */
@ApplicationScoped
public class LiveKitClients {

    /** A tenant's clients, built from these credentials, with its own circuit breaker. */
    public record TenantClient(ProviderCredentials.LiveKit credentials, RoomServiceClient rooms,
                               EgressServiceClient egress, Guard guard, long loadedAtNanos) {
    }

    private static final TypeLiteral<Uni<Object>> UNI = new TypeLiteral<>() {
    };
    private static final int MAX_ERROR_DETAIL = 300;

    private final ConcurrentHashMap<TenantId, TenantClient> clients = new ConcurrentHashMap<>();
    private final CredentialStore credentials;
    private final LiveKitConfig config;
    /** Shared by every tenant's clients: one connection pool, one dispatcher. */
    private final OkHttpClient http;

    public LiveKitClients(CredentialStore credentials, LiveKitConfig config) {
        this.credentials = credentials;
        this.config = config;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    /** The tenant's clients; CapabilityNotConfiguredException when the tenant has no LiveKit settings. */
    public Uni<TenantClient> forTenant(TenantId tenant) {
        TenantClient cached = clients.get(tenant);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < config.credentialsTtl().toNanos()) {
            return Uni.createFrom().item(cached);
        }
        return credentials.load(tenant).map(all -> {
            ProviderCredentials.LiveKit livekit = all.livekit();
            if (livekit == null) {
                clients.remove(tenant);
                throw notConfigured();
            }
            return clients.compute(tenant, (id, previous) -> previous != null && previous.credentials().equals(livekit)
                    ? new TenantClient(previous.credentials(), previous.rooms(), previous.egress(), previous.guard(),
                    System.nanoTime())
                    : build(livekit));
        });
    }

    /** The tenant's LiveKit settings (for signing), without calling LiveKit. */
    public Uni<ProviderCredentials.LiveKit> settings(TenantId tenant) {
        return forTenant(tenant).map(TenantClient::credentials);
    }

    /**
     * Calls LiveKit for a tenant. The request is built once and each attempt sends a clone of it, so a retried
     * data packet keeps its nonce and LiveKit drops the duplicate. The SDK blocks, so attempts run on the worker
     * pool; the result comes back on the caller's Vert.x context (the database session lives there).
     */
    @SuppressWarnings("unchecked")
    public <R> Uni<R> call(TenantId tenant, Function<TenantClient, Call<R>> request) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            Uni<R> result = forTenant(tenant).flatMap(client -> {
                Call<R> prepared = request.apply(client);
                Supplier<Uni<Object>> attempt = () -> Uni.createFrom().item(() -> (Object) execute(prepared.clone()))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
                return ((Uni<R>) (Uni<?>) client.guard().get(attempt, UNI))
                        .onFailure().transform(LiveKitFailure::translate);
            });
            return context == null ? result : result.emitOn(command -> context.runOnContext(ignored -> command.run()));
        });
    }

    static CapabilityNotConfiguredException notConfigured() {
        return new CapabilityNotConfiguredException("rooms",
                "This tenant has no LiveKit settings; set them with PATCH /admin/tenants/{slug} (credentials.livekit)");
    }

    private static <R> R execute(Call<R> call) {
        Response<R> response;
        try {
            response = call.execute();
        } catch (InterruptedIOException e) { // the HTTP client's own deadline, the same as the guard's
            throw new LiveKitFailure.Transient("LiveKit did not answer in time", e);
        } catch (IOException e) {
            throw new LiveKitFailure.Transient("cannot reach LiveKit (" + e.getMessage() + ")", e);
        }
        if (response.isSuccessful()) {
            return response.body();
        }
        String detail = "HTTP " + response.code() + " from " + call.request().url().encodedPath() + errorDetail(response);
        if (response.code() >= 500) {
            throw new LiveKitFailure.Transient(detail, null);
        }
        throw new LiveKitFailure.Rejected(response.code(), detail);
    }

    /** Twirp errors carry {"code": ..., "msg": ...}: worth passing on, within reason. */
    private static String errorDetail(Response<?> response) {
        try (ResponseBody body = response.errorBody()) {
            String text = body == null ? "" : body.string().strip();
            if (text.isEmpty()) {
                return "";
            }
            return ": " + (text.length() > MAX_ERROR_DETAIL ? text.substring(0, MAX_ERROR_DETAIL) + "..." : text);
        } catch (IOException e) {
            return "";
        }
    }

    private TenantClient build(ProviderCredentials.LiveKit livekit) {
        String host = httpUrl(livekit.url());
        RoomServiceClient rooms = RoomServiceClient.createClient(host, livekit.apiKey(), livekit.apiSecret(), () -> http);
        EgressServiceClient egress = EgressServiceClient.createClient(host, livekit.apiKey(), livekit.apiSecret(), () -> http);
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
        return new TenantClient(livekit, rooms, egress, guard, System.nanoTime());
    }

    /**
     * LiveKit URLs are given as the browser uses them (wss://); the server API is the same host over http(s).
     * The result ends with '/', as the HTTP client requires of a base URL.
     */
    static String httpUrl(URI url) {
        String scheme = switch (url.getScheme()) {
            case "wss", "https" -> "https";
            default -> "http";
        };
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return scheme + "://" + url.getRawAuthority() + (path.endsWith("/") ? path : path + "/");
    }
}
