package com.voicedesk.bootstrap.api.contacts;

import com.voicedesk.domain.contact.LeadStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The new lead status, why, and who decided ({@code actor} defaults to "admin"). */
public record LeadStatusRequest(@NotNull LeadStatus status, @Size(max = 1000) String reason, @Size(max = 200) String actor) {
}
