package com.voicedesk.domain.call;

import com.voicedesk.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.voicedesk.domain.call.CallStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole transition table: every (from, to) pair is either explicitly allowed here or refused. */
class CallStatusTest {

    private static final Map<CallStatus, Set<CallStatus>> ALLOWED = new EnumMap<>(CallStatus.class);

    static {
        ALLOWED.put(QUEUED, EnumSet.of(RINGING, IN_PROGRESS, COMPLETED, NO_ANSWER, BUSY, FAILED, CANCELED));
        ALLOWED.put(RINGING, EnumSet.of(IN_PROGRESS, COMPLETED, NO_ANSWER, BUSY, FAILED, CANCELED, VOICEMAIL));
        ALLOWED.put(IN_PROGRESS, EnumSet.of(COMPLETED, FAILED, VOICEMAIL));
        for (CallStatus terminal : EnumSet.of(COMPLETED, NO_ANSWER, BUSY, FAILED, VOICEMAIL, CANCELED)) {
            ALLOWED.put(terminal, EnumSet.noneOf(CallStatus.class));
        }
    }

    @Test
    void everyPairIsAllowedOrRefusedExactlyAsTheTableSays() {
        int refused = 0;
        for (CallStatus from : CallStatus.values()) {
            for (CallStatus to : CallStatus.values()) {
                boolean expected = ALLOWED.get(from).contains(to);
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected);
                if (expected) {
                    assertThat(from.moveTo(to)).isEqualTo(to);
                } else {
                    refused++;
                    assertThatThrownBy(() -> from.moveTo(to)).as(from + " -> " + to)
                            .isInstanceOf(IllegalTransitionException.class)
                            .hasMessageContaining(from.name()).hasMessageContaining(to.name());
                }
            }
        }
        assertThat(refused).isEqualTo(81 - 17);
    }

    @Test
    void noStateMovesToItself() {
        for (CallStatus status : CallStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
        }
    }

    @Test
    void terminalStatesAreExactlyTheEndings() {
        assertThat(EnumSet.allOf(CallStatus.class).stream().filter(CallStatus::isTerminal))
                .containsExactlyInAnyOrder(COMPLETED, NO_ANSWER, BUSY, FAILED, VOICEMAIL, CANCELED);
    }

    @Test
    void anAnsweredCallCannotBecomeUnanswered() {
        assertThat(IN_PROGRESS.canMoveTo(NO_ANSWER)).isFalse();
        assertThat(IN_PROGRESS.canMoveTo(BUSY)).isFalse();
        assertThat(IN_PROGRESS.canMoveTo(CANCELED)).isFalse();
    }

    @Test
    void theRefusalNamesWhatIsAllowed() {
        assertThatThrownBy(() -> IN_PROGRESS.moveTo(RINGING))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.allowed()).containsExactly("COMPLETED", "FAILED", "VOICEMAIL");
                    assertThat(e.from()).isEqualTo("IN_PROGRESS");
                });
        assertThatThrownBy(() -> COMPLETED.moveTo(FAILED)).hasMessageContaining("is final");
    }
}
