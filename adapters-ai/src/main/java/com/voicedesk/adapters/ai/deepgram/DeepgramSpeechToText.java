package com.voicedesk.adapters.ai.deepgram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicedesk.domain.audio.AudioFormat;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.speech.SpeechListener;
import com.voicedesk.domain.speech.SpeechStream;
import com.voicedesk.domain.speech.SpeechStreamRequest;
import com.voicedesk.domain.speech.SpeechToText;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.tenant.ProviderCredentials;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SpeechToText} over Deepgram's live-streaming WebSocket API, spoken directly (no SDK): the query
 * string carries model, encoding, sample rate and the endpointing settings; {@code Authorization: Token}
 * carries the key. Key precedence: the tenant's own Deepgram key, else the service-wide
 * {@code voicedesk.deepgram.api-key}, else the stream fails at once (the call goes on untranscribed).
 */
@ApplicationScoped
public class DeepgramSpeechToText implements SpeechToText {

    private static final Logger LOG = Logger.getLogger(DeepgramSpeechToText.class);

    private record CachedKey(Optional<String> key, long loadedAtNanos) {
    }

    private final DeepgramConfig config;
    private final CredentialStore credentials;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final WebSocketClient client;
    private final ConcurrentHashMap<TenantId, CachedKey> keys = new ConcurrentHashMap<>();

    public DeepgramSpeechToText(DeepgramConfig config, CredentialStore credentials, Vertx vertx, ObjectMapper json) {
        this.config = config;
        this.credentials = credentials;
        this.vertx = vertx;
        this.json = json;
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                // two streams a call, all to one host: Vert.x's default of 50 sockets per host would queue them
                .setMaxConnections(config.maxConnections())
                .setMaxFrameSize(1 << 20).setMaxMessageSize(1 << 22)
                .setVerifyHost(true)
                .setTryUsePerMessageCompression(false));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Override
    public SpeechStream open(SpeechStreamRequest request, SpeechListener listener) {
        String query = query(request.format());
        DeepgramStream stream = new DeepgramStream(request, listener, config, vertx, client, json,
                key -> connectOptions(query, key));
        keyFor(request.tenantId()).subscribe().with(key -> {
            if (key.isEmpty()) {
                stream.fail("no Deepgram API key for this tenant (credentials.deepgram) and no service key "
                        + "(voicedesk.deepgram.api-key)");
            } else {
                stream.useKey(key.get());
                stream.start();
            }
        }, failure -> {
            LOG.warnf("Deepgram key for tenant %s could not be loaded: %s", request.tenantId(), failure.toString());
            stream.fail("the Deepgram key could not be loaded");
        });
        return stream;
    }

    private WebSocketConnectOptions connectOptions(String query, String key) {
        String url = config.url().toString();
        return new WebSocketConnectOptions()
                .setAbsoluteURI(url + (url.contains("?") ? "&" : "?") + query)
                .addHeader("Authorization", "Token " + key)
                .setTimeout(config.connectTimeout().toMillis());
    }

    /** The listen parameters: the audio's encoding and rate, and the configured model and endpointing. */
    String query(AudioFormat format) {
        String encoding = format.encoding() == AudioFormat.Encoding.MULAW ? "mulaw" : "linear16";
        StringBuilder q = new StringBuilder()
                .append("model=").append(encode(config.model()))
                .append("&language=").append(encode(config.language()))
                .append("&encoding=").append(encoding)
                .append("&sample_rate=").append(format.sampleRate())
                .append("&channels=").append(format.channels())
                .append("&interim_results=").append(config.interimResults())
                .append("&smart_format=").append(config.smartFormat())
                .append("&punctuate=true")
                .append("&vad_events=").append(config.vadEvents())
                .append("&endpointing=").append(config.endpointing().isZero() ? "false" : config.endpointing().toMillis());
        if (config.interimResults()) {
            q.append("&utterance_end_ms=").append(Math.max(1000, config.utteranceEnd().toMillis()));
        }
        return q.toString();
    }

    /** The tenant's key, else the service key; read through the credential store at most every TTL. */
    private Uni<Optional<String>> keyFor(TenantId tenant) {
        CachedKey cached = keys.get(tenant);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < config.credentialsTtl().toNanos()) {
            return Uni.createFrom().item(cached.key());
        }
        // the credential store is a database read: give it a context (and session) of its own
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().deferred(() -> credentials.load(tenant))
                .runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()))
                .map(stored -> {
                    ProviderCredentials.Deepgram own = stored.deepgram();
                    Optional<String> key = own != null ? Optional.of(own.apiKey())
                            : config.apiKey().filter(k -> !k.isBlank());
                    keys.put(tenant, new CachedKey(key, System.nanoTime()));
                    return key;
                });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
