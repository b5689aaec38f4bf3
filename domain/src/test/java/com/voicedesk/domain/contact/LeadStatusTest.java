package com.voicedesk.domain.contact;

import com.voicedesk.domain.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.voicedesk.domain.contact.LeadStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadStatusTest {

    private static final Map<LeadStatus, Set<LeadStatus>> ALLOWED = new EnumMap<>(LeadStatus.class);

    static {
        ALLOWED.put(NEW, EnumSet.of(CONTACTED, QUALIFIED, PROPOSAL_SENT, BOOKED, LOST));
        ALLOWED.put(CONTACTED, EnumSet.of(QUALIFIED, PROPOSAL_SENT, BOOKED, LOST));
        ALLOWED.put(QUALIFIED, EnumSet.of(PROPOSAL_SENT, BOOKED, LOST));
        ALLOWED.put(PROPOSAL_SENT, EnumSet.of(QUALIFIED, BOOKED, LOST));
        ALLOWED.put(BOOKED, EnumSet.of(COMPLETED, CANCELED));
        ALLOWED.put(COMPLETED, EnumSet.noneOf(LeadStatus.class));
        ALLOWED.put(LOST, EnumSet.of(NEW, CONTACTED, QUALIFIED));
        ALLOWED.put(CANCELED, EnumSet.of(BOOKED, LOST));
    }

    @Test
    void everyPairFollowsTheTable() {
        for (LeadStatus from : values()) {
            for (LeadStatus to : values()) {
                boolean expected = ALLOWED.get(from).contains(to);
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(expected);
                if (!expected) {
                    assertThatThrownBy(() -> from.moveTo(to)).isInstanceOf(IllegalTransitionException.class);
                }
            }
        }
    }

    @Test
    void aBookedEventCannotSilentlyBecomeALead() {
        assertThatThrownBy(() -> BOOKED.moveTo(NEW))
                .hasMessage("Lead status cannot move from BOOKED to NEW; allowed next: [CANCELED, COMPLETED]");
    }
}
