package com.voicedesk.domain.contact;

import com.voicedesk.domain.shared.IllegalTransitionException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a contact stands in the sales pipeline. The table below is the one source of allowed moves,
 * for admins and automation alike: forward through the pipeline, out to LOST or CANCELED, and back in
 * when a lost lead re-engages or a canceled event is rebooked.
 */
public enum LeadStatus {
    NEW,
    CONTACTED,
    QUALIFIED,
    PROPOSAL_SENT,
    BOOKED,
    COMPLETED,
    LOST,
    CANCELED;

    private static final Map<LeadStatus, Set<LeadStatus>> NEXT = new EnumMap<>(LeadStatus.class);

    static {
        NEXT.put(NEW, EnumSet.of(CONTACTED, QUALIFIED, PROPOSAL_SENT, BOOKED, LOST));
        NEXT.put(CONTACTED, EnumSet.of(QUALIFIED, PROPOSAL_SENT, BOOKED, LOST));
        NEXT.put(QUALIFIED, EnumSet.of(PROPOSAL_SENT, BOOKED, LOST));
        NEXT.put(PROPOSAL_SENT, EnumSet.of(QUALIFIED, BOOKED, LOST));
        NEXT.put(BOOKED, EnumSet.of(COMPLETED, CANCELED));
        NEXT.put(COMPLETED, EnumSet.noneOf(LeadStatus.class));
        NEXT.put(LOST, EnumSet.of(NEW, CONTACTED, QUALIFIED));
        NEXT.put(CANCELED, EnumSet.of(BOOKED, LOST));
    }

    public Set<LeadStatus> allowedNext() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public boolean canMoveTo(LeadStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Returns {@code next} when the move is allowed, else throws naming the allowed moves. */
    public LeadStatus moveTo(LeadStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalTransitionException("Lead status", this, next, NEXT.get(this));
        }
        return next;
    }
}
