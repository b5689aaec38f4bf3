package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.Require;

/** Who the AI says it is on the phone and in the browser: "Ben from M10 DJ Company". */
public record AssistantPersona(String assistantName, String companyName, String businessContext) {

    public AssistantPersona {
        assistantName = Require.text(assistantName, "persona.assistantName", 60);
        companyName = Require.text(companyName, "persona.companyName", 120);
        businessContext = Require.optionalText(businessContext, "persona.businessContext", 4000);
    }

    public static AssistantPersona defaultFor(String companyName) {
        return new AssistantPersona("Alex", companyName, null);
    }

    /** How the assistant introduces itself. */
    public String introduction() {
        return assistantName + " from " + companyName;
    }
}
