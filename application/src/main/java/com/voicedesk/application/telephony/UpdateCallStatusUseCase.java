package com.voicedesk.application.telephony;

import io.smallrye.mutiny.Uni;

/** A provider's status callback: moves the call along its state machine; repeats and stale reports are harmless. */
public interface UpdateCallStatusUseCase {

    Uni<StatusOutcome> update(UpdateCallStatusCommand command);

    enum StatusOutcome {
        APPLIED,
        /** The same report was handled before. */
        DUPLICATE,
        /** Same status again, or one the call cannot move to any more (a late "ringing"). */
        IGNORED,
        /** No call with that provider id (its voice webhook never reached us, or another tenant's). */
        UNKNOWN_CALL
    }
}
