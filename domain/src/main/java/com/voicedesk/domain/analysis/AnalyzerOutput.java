package com.voicedesk.domain.analysis;

import com.voicedesk.domain.shared.Require;

import java.util.EnumSet;
import java.util.Set;

/**
 * An analyzer's result: the analysis (nothing applied yet), and the facts the call explicitly states a
 * change of ("we moved it to the 21st"). Only those may overwrite a value already on the contact.
 */
public record AnalyzerOutput(CallAnalysis analysis, Set<FactField> statedChanges) {

    public AnalyzerOutput {
        Require.nonNull(analysis, "analysis");
        statedChanges = statedChanges == null || statedChanges.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(statedChanges));
    }
}
