package com.voicedesk.domain.analysis;

import com.voicedesk.domain.shared.Require;

/** A change the analysis made to the CRM, with the value it replaced ({@code null} when it filled a blank). */
public record AppliedChange(String field, String oldValue, String newValue) {

    public AppliedChange {
        field = Require.text(field, "field", 60);
    }
}
