package com.voicedesk.domain.plan;

import com.voicedesk.domain.shared.Require;

import java.time.Instant;

/** What the calling-hours and consent rules say about a planned call. */
public sealed interface ComplianceVerdict {

    /** The call may be placed now. */
    record Allowed() implements ComplianceVerdict {
    }

    /** Not now; the earliest legal moment is {@code until}. */
    record Deferred(Instant until, String reason) implements ComplianceVerdict {
        public Deferred {
            Require.nonNull(until, "until");
            reason = Require.text(reason, "reason", 500);
        }
    }

    /** Never (do-not-call, no consent, no number). */
    record Refused(String reason) implements ComplianceVerdict {
        public Refused {
            reason = Require.text(reason, "reason", 500);
        }
    }
}
