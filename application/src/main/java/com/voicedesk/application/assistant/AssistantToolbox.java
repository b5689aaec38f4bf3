package com.voicedesk.application.assistant;

import com.voicedesk.application.call.CallQueriesUseCase;
import com.voicedesk.application.contact.AddContactNoteUseCase;
import com.voicedesk.application.contact.ChangeLeadStatusUseCase;
import com.voicedesk.application.contact.ContactQueriesUseCase;
import com.voicedesk.application.contact.CreateContactUseCase;
import com.voicedesk.application.contact.UpdateContactUseCase;
import com.voicedesk.domain.assistant.ToolCall;
import com.voicedesk.domain.assistant.ToolDefinition;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.ConflictException;
import com.voicedesk.domain.shared.IllegalTransitionException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.NotFoundException;
import com.voicedesk.domain.shared.ProviderUnavailableException;
import io.smallrye.mutiny.Uni;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tools the assistant may call, and how a call is run: arguments checked, the tool run in the caller's
 * tenant, and every domain refusal turned into a result the model can read and explain.
 */
public final class AssistantToolbox {

    private final Map<String, AssistantTool> tools = new LinkedHashMap<>();

    public AssistantToolbox(List<AssistantTool> tools) {
        for (AssistantTool tool : tools) {
            if (this.tools.put(tool.name(), tool) != null) {
                throw new IllegalStateException("Two tools named " + tool.name());
            }
        }
    }

    /** The CRM tools of issue 5, over the given use cases. */
    public static AssistantToolbox standard(ContactQueriesUseCase contactQueries, CreateContactUseCase createContact,
                                            UpdateContactUseCase updateContact, AddContactNoteUseCase addNote,
                                            ChangeLeadStatusUseCase changeStatus, CallQueriesUseCase calls) {
        List<AssistantTool> all = new ArrayList<>(ContactTools.all(contactQueries, createContact, updateContact,
                addNote, changeStatus));
        all.addAll(CallTools.all(calls));
        all.addAll(OutboundCallTools.all());
        all.add(NavigationTool.create());
        return new AssistantToolbox(all);
    }

    public List<ToolDefinition> definitions() {
        return tools.values().stream().map(AssistantTool::definition).toList();
    }

    public Uni<ToolOutcome> run(ToolContext context, ToolCall call) {
        AssistantTool tool = tools.get(call.name());
        if (tool == null) {
            return Uni.createFrom().item(ToolOutcome.error("unknown_tool", "There is no tool named " + call.name()));
        }
        Uni<ToolOutcome> outcome;
        try {
            outcome = tool.run(context, new ToolArguments(call.arguments()));
        } catch (RuntimeException e) {
            outcome = Uni.createFrom().failure(e);
        }
        return outcome.onFailure(AssistantToolbox::isRefusal).recoverWithItem(AssistantToolbox::refusal);
    }

    private static boolean isRefusal(Throwable e) {
        return e instanceof InvalidValueException || e instanceof NotFoundException
                || e instanceof IllegalTransitionException || e instanceof ConflictException
                || e instanceof CapabilityNotConfiguredException || e instanceof ProviderUnavailableException;
    }

    private static ToolOutcome refusal(Throwable e) {
        return switch (e) {
            case InvalidValueException invalid -> {
                ToolOutcome out = ToolOutcome.error("invalid_argument", invalid.getMessage());
                out.result().put("field", invalid.field());
                yield out;
            }
            case NotFoundException notFound -> ToolOutcome.error("not_found", notFound.getMessage());
            case IllegalTransitionException transition -> {
                ToolOutcome out = ToolOutcome.error("invalid_transition", transition.getMessage());
                out.result().put("allowed", List.copyOf(transition.allowed()));
                yield out;
            }
            case ConflictException conflict -> ToolOutcome.error("conflict", conflict.getMessage());
            case CapabilityNotConfiguredException off -> ToolOutcome.error("not_configured", off.getMessage());
            default -> ToolOutcome.error("provider_unavailable", e.getMessage());
        };
    }
}
