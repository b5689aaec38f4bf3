package com.voicedesk.adapters.ai.deepgram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicedesk.domain.audio.AudioFormat;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.speech.SpeechEvent;
import com.voicedesk.domain.speech.SpeechStream;
import com.voicedesk.domain.speech.SpeechStreamRequest;
import com.voicedesk.domain.tenant.CredentialStore;
import com.voicedesk.domain.tenant.ProviderCredentials;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeepgramSpeechToTextTest {

    private DeepgramStandIn deepgram;
    private Vertx vertx;
    private final List<SpeechEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        deepgram = new DeepgramStandIn();
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() throws Exception {
        deepgram.close();
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }

    private DeepgramSpeechToText adapter(String tenantKey, Optional<String> serviceKey, URI url) {
        CredentialStore store = new CredentialStore() {
            public Uni<ProviderCredentials> load(TenantId tenant) {
                return Uni.createFrom().item(tenantKey == null ? ProviderCredentials.none()
                        : ProviderCredentials.none().withDeepgram(new ProviderCredentials.Deepgram(tenantKey)));
            }
            public Uni<Void> save(TenantId tenant, ProviderCredentials credentials) { return Uni.createFrom().voidItem(); }
            public Uni<Optional<TenantId>> findTenantByLiveKitApiKey(String apiKey) { return Uni.createFrom().item(Optional.empty()); }
            public boolean canStoreSecrets() { return true; }
        };
        return new DeepgramSpeechToText(new TestDeepgramConfig(url, serviceKey), store, vertx, new ObjectMapper());
    }

    private URI standIn() {
        return URI.create("ws://localhost:" + deepgram.port() + "/v1/listen");
    }

    private SpeechStream open(DeepgramSpeechToText adapter) {
        return adapter.open(new SpeechStreamRequest(TenantId.random(), "call-1:caller", AudioFormat.PCM16_8K), events::add);
    }

    /** Sends {@code millis} of PCM16 8 kHz in 20 ms frames (320 bytes). */
    private static void sendAudio(SpeechStream stream, int millis) {
        for (int i = 0; i < millis / 20; i++) {
            stream.send(new byte[320]);
        }
    }

    private List<SpeechEvent.Final> finals() {
        return events.stream().filter(SpeechEvent.Final.class::isInstance).map(SpeechEvent.Final.class::cast).toList();
    }

    @Test
    void speaksDeepgramsLiveProtocol() {
        SpeechStream stream = open(adapter("tenant-key", Optional.of("service-key"), standIn()));
        sendAudio(stream, 2_500);
        stream.finish();

        await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(SpeechEvent.Closed.class::isInstance));
        assertThat(deepgram.authorizations).containsExactly("Token tenant-key");
        assertThat(deepgram.queries.getFirst()).contains("model=nova-3", "encoding=linear16", "sample_rate=8000",
                "channels=1", "interim_results=true", "endpointing=300", "utterance_end_ms=1000", "vad_events=true");
        assertThat(deepgram.controlMessages).containsSubsequence("{\"type\":\"Finalize\"}", "{\"type\":\"CloseStream\"}");
        assertThat(finals()).extracting(SpeechEvent.Final::text).containsExactly("second 0", "second 1", "rest 2");
        assertThat(finals()).extracting(f -> f.start().toMillis(), f -> f.end().toMillis()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0L, 1000L), org.assertj.core.groups.Tuple.tuple(1000L, 2000L),
                org.assertj.core.groups.Tuple.tuple(2000L, 2500L));
        assertThat(finals().getFirst().segmentId()).isEqualTo("call-1:caller:0-1000");
        assertThat(finals().getFirst().words()).singleElement().satisfies(w -> assertThat(w.text()).isEqualTo("second 0"));
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(SpeechEvent.Interim.class));
        assertThat(events.getLast()).isEqualTo(new SpeechEvent.Closed(Duration.ZERO));
    }

    @Test
    void aDroppedConnectionIsReopenedAndTheUnacknowledgedAudioReplayed() {
        deepgram.dropAfterFinals = 2;
        SpeechStream stream = open(adapter("k", Optional.empty(), standIn()));
        sendAudio(stream, 2_600);
        await().atMost(Duration.ofSeconds(10)).until(() -> deepgram.connections.get() == 2);
        sendAudio(stream, 2_400);
        stream.finish();

        await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(SpeechEvent.Closed.class::isInstance));
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(SpeechEvent.Interrupted.class));
        // every second of the 5 s is covered exactly once, in order, with stream-absolute times
        List<SpeechEvent.Final> finals = finals();
        assertThat(finals).extracting(f -> f.start().toMillis())
                .containsExactly(0L, 1000L, 2000L, 3000L, 4000L);
        assertThat(finals).extracting(f -> f.end().toMillis())
                .containsExactly(1000L, 2000L, 3000L, 4000L, 5000L);
        assertThat(finals).extracting(SpeechEvent.Final::segmentId).doesNotHaveDuplicates();
        assertThat(events.getLast()).isEqualTo(new SpeechEvent.Closed(Duration.ZERO));
    }

    @Test
    void withoutAnyKeyTheStreamFailsAtOnce() {
        SpeechStream stream = open(adapter(null, Optional.empty(), standIn()));
        sendAudio(stream, 100);
        await().atMost(Duration.ofSeconds(5)).until(() -> !events.isEmpty());
        assertThat(events).singleElement().isInstanceOfSatisfying(SpeechEvent.Failed.class,
                f -> assertThat(f.reason()).contains("no Deepgram API key"));
        assertThat(deepgram.connections.get()).isZero();
    }

    @Test
    void theServiceKeyServesTenantsWithoutTheirOwn() {
        SpeechStream stream = open(adapter(null, Optional.of("service-key"), standIn()));
        sendAudio(stream, 100);
        await().atMost(Duration.ofSeconds(5)).until(() -> deepgram.authorizations.size() == 1);
        assertThat(deepgram.authorizations).containsExactly("Token service-key");
        stream.abort("test over");
    }

    @Test
    void aRejectedKeyFailsWithoutRetrying() {
        deepgram.rejectWithStatus = 401;
        open(adapter("wrong", Optional.empty(), standIn()));
        await().atMost(Duration.ofSeconds(5)).until(() -> !events.isEmpty());
        assertThat(events).singleElement().isInstanceOfSatisfying(SpeechEvent.Failed.class,
                f -> assertThat(f.reason()).contains("HTTP 401"));
    }

    @Test
    void anUnreachableProviderIsRetriedThenGivenUp() {
        SpeechStream stream = open(adapter("k", Optional.empty(), URI.create("ws://localhost:1/v1/listen")));
        sendAudio(stream, 100);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(SpeechEvent.Failed.class::isInstance));
        assertThat(events.stream().filter(SpeechEvent.Interrupted.class::isInstance)).hasSize(2);
        assertThat(events.getLast()).isInstanceOfSatisfying(SpeechEvent.Failed.class,
                f -> assertThat(f.reason()).contains("unreachable"));
    }

    @Test
    void anIdleStreamIsKeptAlive() {
        SpeechStream stream = open(adapter("k", Optional.empty(), standIn()));
        sendAudio(stream, 20);
        await().atMost(Duration.ofSeconds(5)).until(() -> deepgram.controlMessages.contains("{\"type\":\"KeepAlive\"}"));
        stream.abort("test over");
    }
}
