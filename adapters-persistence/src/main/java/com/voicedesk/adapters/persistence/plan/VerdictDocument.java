package com.voicedesk.adapters.persistence.plan;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.voicedesk.domain.plan.ComplianceVerdict;

import java.time.Instant;

/** JSON of {@code call_plans.verdict}: a tag and the fields of the verdict. */
@RegisterForReflection(ignoreNested = false)
record VerdictDocument(String kind, Instant until, String reason) {

    static VerdictDocument of(ComplianceVerdict verdict) {
        return switch (verdict) {
            case null -> null;
            case ComplianceVerdict.Allowed a -> new VerdictDocument("ALLOWED", null, null);
            case ComplianceVerdict.Deferred d -> new VerdictDocument("DEFERRED", d.until(), d.reason());
            case ComplianceVerdict.Refused r -> new VerdictDocument("REFUSED", null, r.reason());
        };
    }

    ComplianceVerdict toDomain() {
        return switch (kind) {
            case "ALLOWED" -> new ComplianceVerdict.Allowed();
            case "DEFERRED" -> new ComplianceVerdict.Deferred(until, reason);
            case "REFUSED" -> new ComplianceVerdict.Refused(reason);
            default -> throw new IllegalStateException("Unknown stored verdict " + kind);
        };
    }
}
