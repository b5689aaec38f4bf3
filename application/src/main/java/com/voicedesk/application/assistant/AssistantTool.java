package com.voicedesk.application.assistant;

import com.voicedesk.domain.assistant.ToolDefinition;
import io.smallrye.mutiny.Uni;

/**
 * A function the assistant's model may call. Tools act through the application's use cases, never on storage
 * directly, and only inside {@link ToolContext#tenant()}: an id of another tenant's record finds nothing.
 */
public interface AssistantTool {

    ToolDefinition definition();

    /** Domain failures (not found, invalid value, refused transition) become error results for the model. */
    Uni<ToolOutcome> run(ToolContext context, ToolArguments arguments);

    default String name() {
        return definition().name();
    }
}
