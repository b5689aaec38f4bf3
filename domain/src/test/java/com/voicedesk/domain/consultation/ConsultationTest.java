package com.voicedesk.domain.consultation;

import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ConsultationTest {

    private static final Instant T0 = Instant.parse("2026-05-01T18:00:00Z");

    private final Consultation open = Consultation.open(ConsultationId.random(), TenantId.random(), ContactId.random(),
            CallId.random(), "m10-dj.consultation-x", "Wedding music", true, "ben", T0);

    @Test
    void startsThenEndsWithItsDuration() {
        Consultation active = open.roomStarted(T0.plusSeconds(10)).orElseThrow();
        Consultation ended = active.roomFinished(T0.plusSeconds(610)).orElseThrow();
        assertThat(active.status()).isEqualTo(ConsultationStatus.ACTIVE);
        assertThat(ended.status()).isEqualTo(ConsultationStatus.ENDED);
        assertThat(ended.duration()).contains(Duration.ofMinutes(10));
    }

    @Test
    void repeatedAndLateReportsChangeNothing() {
        Consultation active = open.roomStarted(T0.plusSeconds(10)).orElseThrow();
        assertThat(active.roomStarted(T0.plusSeconds(20))).isEmpty();
        Consultation ended = active.roomFinished(T0.plusSeconds(30)).orElseThrow();
        assertThat(ended.roomFinished(T0.plusSeconds(40))).isEmpty();
        assertThat(ended.roomStarted(T0.plusSeconds(50))).isEmpty();
    }

    @Test
    void anEndWithoutAStartKeepsTheStartUnknown() {
        Consultation ended = open.roomFinished(T0.plusSeconds(30)).orElseThrow();
        assertThat(ended.status()).isEqualTo(ConsultationStatus.ENDED);
        assertThat(ended.startedAt()).isNull();
        assertThat(ended.duration()).isEmpty();
    }
}
