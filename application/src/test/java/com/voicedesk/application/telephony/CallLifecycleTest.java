package com.voicedesk.application.telephony;

import com.voicedesk.application.testing.Fakes;
import com.voicedesk.application.testing.InMemoryCalls;
import com.voicedesk.domain.call.Call;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.call.TranscriptStatus;
import com.voicedesk.domain.event.CallCompleted;
import com.voicedesk.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.voicedesk.application.telephony.UpdateCallStatusUseCase.StatusOutcome.APPLIED;
import static com.voicedesk.application.telephony.UpdateCallStatusUseCase.StatusOutcome.DUPLICATE;
import static com.voicedesk.application.telephony.UpdateCallStatusUseCase.StatusOutcome.IGNORED;
import static com.voicedesk.application.telephony.UpdateCallStatusUseCase.StatusOutcome.UNKNOWN_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CallLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-06-01T15:00:00Z");
    private final TenantId tenant = TenantId.random();
    private final InMemoryCalls calls = new InMemoryCalls();
    private final Fakes.RecordingOutbox outbox = new Fakes.RecordingOutbox();
    private final CallLifecycle lifecycle = lifecycle(Duration.ofMinutes(1));

    private CallLifecycle lifecycle(Duration settle) {
        return new CallLifecycle(calls, outbox, new Fakes.SeenWebhooks(), Fakes.DIRECT_UNIT_OF_WORK,
                Fakes.directDatabase(), Clock.fixed(NOW, ZoneOffset.UTC), settle);
    }

    private Call ringing() {
        Call call = Call.inbound(tenant, null, "+15550102000", "+15550100000", "CA1", NOW);
        calls.insert(call).await().indefinitely();
        return call;
    }

    private UpdateCallStatusUseCase.StatusOutcome status(CallStatus status, String key) {
        return lifecycle.update(new UpdateCallStatusCommand(tenant, "CA1", status, NOW.plusSeconds(30), key))
                .await().indefinitely();
    }

    @Test
    void aCallWithoutStreamCompletesOnceEvenWhenTheCallbackRepeats() {
        ringing();
        assertThat(status(CallStatus.IN_PROGRESS, "CA1:in-progress")).isEqualTo(APPLIED);
        assertThat(status(CallStatus.COMPLETED, "CA1:completed")).isEqualTo(APPLIED);
        assertThat(status(CallStatus.COMPLETED, "CA1:completed")).isEqualTo(DUPLICATE);
        assertThat(status(CallStatus.RINGING, "CA1:ringing")).isEqualTo(IGNORED);

        Call call = calls.only();
        assertThat(call.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(call.answeredAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(outbox.events).singleElement().isInstanceOfSatisfying(CallCompleted.class,
                e -> assertThat(e.callId()).isEqualTo(call.id()));
    }

    @Test
    void aLiveTranscriptHoldsTheCompletionEventUntilItSettles() {
        Call call = ringing();
        lifecycle.transcriptStarted(tenant, call.id()).await().indefinitely();
        assertThat(calls.only().status()).isEqualTo(CallStatus.IN_PROGRESS);
        assertThat(calls.only().transcriptStatus()).isEqualTo(TranscriptStatus.LIVE);

        status(CallStatus.COMPLETED, "CA1:completed");
        assertThat(outbox.events).isEmpty();

        lifecycle.transcriptFinished(tenant, call.id(), true).await().indefinitely();
        lifecycle.transcriptFinished(tenant, call.id(), true).await().indefinitely();
        assertThat(calls.only().transcriptStatus()).isEqualTo(TranscriptStatus.COMPLETE);
        assertThat(outbox.events).hasSize(1);
    }

    @Test
    void aTranscriptSettledBeforeTheCallEndsLetsTheEndWriteTheEvent() {
        Call call = ringing();
        lifecycle.transcriptStarted(tenant, call.id()).await().indefinitely();
        lifecycle.transcriptFinished(tenant, call.id(), false).await().indefinitely();
        assertThat(outbox.events).isEmpty();

        status(CallStatus.COMPLETED, "CA1:completed");
        assertThat(calls.only().transcriptStatus()).isEqualTo(TranscriptStatus.INCOMPLETE);
        assertThat(outbox.events).hasSize(1);
        // a stream that starts after the end does not reopen the transcript (its event is written)
        lifecycle.transcriptStarted(tenant, call.id()).await().indefinitely();
        lifecycle.transcriptFinished(tenant, call.id(), true).await().indefinitely();
        assertThat(outbox.events).hasSize(1);
    }

    @Test
    void aStreamThatNeverEndsIsMarkedIncompleteAfterTheSettleTimeout() {
        CallLifecycle quick = lifecycle(Duration.ofMillis(50));
        Call call = ringing();
        quick.transcriptStarted(tenant, call.id()).await().indefinitely();
        quick.update(new UpdateCallStatusCommand(tenant, "CA1", CallStatus.COMPLETED, null, "CA1:completed"))
                .await().indefinitely();

        await().atMost(Duration.ofSeconds(5)).until(() -> outbox.events.size() == 1);
        assertThat(calls.only().transcriptStatus()).isEqualTo(TranscriptStatus.INCOMPLETE);
    }

    @Test
    void aConcurrentChangeIsRetriedFromAFreshRead() {
        Call call = ringing();
        calls.conflictsToInject.set(2);
        lifecycle.transcriptStarted(tenant, call.id()).await().indefinitely();
        assertThat(calls.only().transcriptStatus()).isEqualTo(TranscriptStatus.LIVE);
    }

    @Test
    void anUnknownCallIsReportedNotFailed() {
        assertThat(status(CallStatus.COMPLETED, "CA1:completed")).isEqualTo(UNKNOWN_CALL);
    }
}
