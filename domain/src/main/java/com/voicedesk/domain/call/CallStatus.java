package com.voicedesk.domain.call;

import com.voicedesk.domain.shared.IllegalTransitionException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a call. A call that was never answered cannot end as COMPLETED-after-talk statuses
 * such as VOICEMAIL from QUEUED, and an answered call cannot become NO_ANSWER, BUSY or CANCELED.
 * A call may skip RINGING (providers do not always report it), and a late COMPLETED may arrive
 * before IN_PROGRESS was reported; both are allowed so that no real ending is refused.
 */
public enum CallStatus {
    QUEUED,
    RINGING,
    IN_PROGRESS,
    COMPLETED,
    NO_ANSWER,
    BUSY,
    FAILED,
    VOICEMAIL,
    CANCELED;

    private static final Map<CallStatus, Set<CallStatus>> NEXT = new EnumMap<>(CallStatus.class);

    static {
        NEXT.put(QUEUED, EnumSet.of(RINGING, IN_PROGRESS, COMPLETED, NO_ANSWER, BUSY, FAILED, CANCELED));
        NEXT.put(RINGING, EnumSet.of(IN_PROGRESS, COMPLETED, NO_ANSWER, BUSY, FAILED, CANCELED, VOICEMAIL));
        NEXT.put(IN_PROGRESS, EnumSet.of(COMPLETED, FAILED, VOICEMAIL));
        for (CallStatus terminal : EnumSet.of(COMPLETED, NO_ANSWER, BUSY, FAILED, VOICEMAIL, CANCELED)) {
            NEXT.put(terminal, EnumSet.noneOf(CallStatus.class));
        }
    }

    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }

    public Set<CallStatus> allowedNext() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public boolean canMoveTo(CallStatus next) {
        return NEXT.get(this).contains(next);
    }

    public CallStatus moveTo(CallStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalTransitionException("Call", this, next, NEXT.get(this));
        }
        return next;
    }
}
