package com.voicedesk.adapters.ai.openai;

import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.tenant.ProviderCredentials;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.net.http.HttpClient;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One OpenAI client and one fault-tolerance guard per tenant (a tenant whose key is rate-limited opens its own
 * circuit, not everyone's), rebuilt when the tenant's credentials change. {@link #call} runs a blocking client
 * call on a worker thread under the tenant's guard (timeout, retry on transient failures, circuit breaker) and
 * delivers the result back on the caller's Vert.x context, where the caller's database session lives.
 */
@ApplicationScoped
public class OpenAiClients {

    /** A tenant's OpenAI account as this service uses it: where, which model, with which guard. */
    public record TenantClient(ProviderCredentials.OpenAi credentials, String baseUrl, String model,
                               OpenAiChatModel chat, Guard guard, long loadedAtNanos) {
    }

    private final ConcurrentHashMap<TenantId, TenantClient> clients = new ConcurrentHashMap<>();
    private final CredentialStore credentials;
    private final OpenAiConfig config;
    private final HttpClient http;

    public OpenAiClients(CredentialStore credentials, OpenAiConfig config) {
        this.credentials = credentials;
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    public OpenAiConfig config() {
        return config;
    }

    /** The JDK client for the endpoints langchain4j does not cover (audio/speech). */
    HttpClient http() {
        return http;
    }

    /** The tenant's client; CapabilityNotConfiguredException when the tenant has no OpenAI key. */
    public Uni<TenantClient> forTenant(TenantId tenant) {
        TenantClient cached = clients.get(tenant);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < config.credentialsTtl().toNanos()) {
            return Uni.createFrom().item(cached);
        }
        return credentials.load(tenant).map(all -> {
            ProviderCredentials.OpenAi openai = all.openai();
            if (openai == null) {
                clients.remove(tenant);
                throw new CapabilityNotConfiguredException("language-model",
                        "This tenant has no OpenAI key; set it with PATCH /admin/tenants/{slug} (credentials.openai)");
            }
            return clients.compute(tenant, (id, previous) -> previous != null && previous.credentials().equals(openai)
                    ? new TenantClient(openai, previous.baseUrl(), previous.model(), previous.chat(), previous.guard(),
                    System.nanoTime())
                    : build(openai));
        });
    }

    /**
     * Runs {@code work} (blocking) for the tenant under its guard, off the event loop, and emits the result (or
     * a {@link ProviderUnavailableException}) on the caller's context.
     */
    public <T> Uni<T> call(TenantId tenant, Function<TenantClient, T> work) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            Uni<T> result = forTenant(tenant).flatMap(client -> Uni.createFrom().<T>item(() -> guarded(client, work))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
            return caller == null ? result : result.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T guarded(TenantClient client, Function<TenantClient, T> work) {
        try {
            return (T) client.guard().call(() -> {
                try {
                    return work.apply(client);
                } catch (RuntimeException e) {
                    throw OpenAiFailure.of(e);
                }
            }, Object.class);
        } catch (ProviderUnavailableException e) {
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw new OpenAiFailure.Transient("circuit open after repeated failures", e);
        } catch (TimeoutException e) {
            throw new OpenAiFailure.Transient("timed out", e);
        } catch (Exception e) {
            throw OpenAiFailure.of(e);
        }
    }

    private TenantClient build(ProviderCredentials.OpenAi openai) {
        String baseUrl = openai.baseUrl() != null ? openai.baseUrl().toString() : config.baseUrl();
        String model = openai.model() != null ? openai.model() : config.model();
        OpenAiChatModel chat = chatModel(baseUrl, openai.apiKey(), model, config);
        Guard guard = Guard.create()
                .withDescription("openai")
                .withTimeout().duration(config.requestTimeout().toMillis() + 1000, ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(config.maxRetries())
                .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .retryOn(List.of(OpenAiFailure.Transient.class, TimeoutException.class))
                .done()
                .withCircuitBreaker().requestVolumeThreshold(config.breakerVolume())
                .failureRatio(config.breakerFailureRatio())
                .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                .skipOn(OpenAiFailure.Rejected.class)
                .done()
                .build();
        return new TenantClient(openai, stripSlash(baseUrl), model, chat, guard, System.nanoTime());
    }

    /**
     * The chat model as every tenant gets it: the JDK HTTP client, strict JSON schemas and tool schemas, and no
     * retries of its own (the guard's retries count against the circuit).
     */
    static OpenAiChatModel chatModel(String baseUrl, String apiKey, String model, OpenAiConfig config) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(new JdkHttpClientBuilder()
                        .httpClientBuilder(HttpClient.newBuilder().connectTimeout(config.connectTimeout()))
                        .connectTimeout(config.connectTimeout())
                        .readTimeout(config.requestTimeout()))
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(model)
                .timeout(config.requestTimeout())
                .maxRetries(0)
                .strictJsonSchema(true)
                .strictTools(true)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .logRequests(config.logRequests())
                .logResponses(config.logRequests())
                .build();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
