package com.voicedesk.domain.analysis;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A tenant's settings for call analysis: the extra facts to extract from every call. */
public record AnalysisSettings(List<CustomFact> customFacts) {

    public static final int MAX_CUSTOM_FACTS = 20;

    public AnalysisSettings {
        customFacts = Require.list(customFacts, "customFacts", MAX_CUSTOM_FACTS);
        Set<String> keys = new HashSet<>();
        for (CustomFact fact : customFacts) {
            if (!keys.add(fact.key())) {
                throw new InvalidValueException("customFacts", "key " + fact.key() + " appears twice");
            }
        }
    }

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(List.of());
    }
}
