package com.voicedesk.domain.analysis;

import com.voicedesk.domain.call.CallPurpose;
import com.voicedesk.domain.shared.Require;

import java.time.Instant;

/** A call the analysis proposes: why, not before when, and what to tell the caller. */
public record FollowUp(CallPurpose purpose, Instant notBefore, String note) {

    public FollowUp {
        Require.nonNull(purpose, "followUp.purpose");
        Require.nonNull(notBefore, "followUp.notBefore");
        note = Require.optionalText(note, "followUp.note", 1000);
    }
}
