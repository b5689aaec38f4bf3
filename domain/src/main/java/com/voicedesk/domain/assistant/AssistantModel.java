package com.voicedesk.domain.assistant;

import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;

/**
 * The language side of the assistant: given the conversation and the tools, the next turn (a reply, or
 * tool calls for the application to run). It never runs a tool itself. Implementations: a language model
 * (CapabilityNotConfiguredException without a key, ProviderUnavailableException on failure) and offline
 * rules that understand navigation and simple quick actions.
 */
@FunctionalInterface
public interface AssistantModel {

    Uni<ModelResponse> respond(TenantId tenant, ModelRequest request);
}
