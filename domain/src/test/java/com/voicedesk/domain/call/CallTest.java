package com.voicedesk.domain.call;

import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.IllegalTransitionException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Money;
import com.voicedesk.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallTest {

    private static final Instant T0 = Instant.parse("2026-11-21T15:00:00Z");

    private final Call ringing = Call.inbound(TenantId.random(), ContactId.random(), "+15550102000", "+15550109999",
            "CA123", T0);

    @Test
    void answeringAndEndingStampTheirTimesOnce() {
        Call answered = ringing.moveTo(CallStatus.IN_PROGRESS, T0.plusSeconds(5));
        Call ended = answered.moveTo(CallStatus.COMPLETED, T0.plusSeconds(65));

        assertThat(answered.answeredAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(answered.endedAt()).isNull();
        assertThat(ended.answeredAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(ended.endedAt()).isEqualTo(T0.plusSeconds(65));
        assertThat(ended.talkTime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(ended.duration(T0.plusSeconds(999))).isEqualTo(Duration.ofSeconds(65));
    }

    @Test
    void aCallNeverAnsweredHasNoTalkTime() {
        Call missed = ringing.moveTo(CallStatus.NO_ANSWER, T0.plusSeconds(30));
        assertThat(missed.answeredAt()).isNull();
        assertThat(missed.talkTime()).isZero();
    }

    @Test
    void refusesAnIllegalMoveAndStaysAsItWas() {
        Call completed = ringing.moveTo(CallStatus.COMPLETED, T0.plusSeconds(10));
        assertThatThrownBy(() -> completed.moveTo(CallStatus.IN_PROGRESS, T0.plusSeconds(11)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(completed.status()).isEqualTo(CallStatus.COMPLETED);
    }

    @Test
    void costsAccumulate() {
        Call withCosts = ringing
                .withCost(new CostLine("telephony", new BigDecimal("3.5"), "minute", Money.of("0.0425", "USD")))
                .withCost(new CostLine("speech-to-text", new BigDecimal("210"), "second", Money.of("0.02", "USD")));
        assertThat(withCosts.costs()).hasSize(2);
        assertThat(ringing.costs()).isEmpty();
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> new Call(null, TenantId.random(), null, CallDirection.INBOUND, CallPurpose.INQUIRY,
                CallStatus.RINGING, null, null, null, null, TranscriptStatus.NONE, null, T0, null, null, 0))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("id");
    }
}
