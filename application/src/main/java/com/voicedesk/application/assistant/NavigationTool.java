package com.voicedesk.application.assistant;

import com.voicedesk.domain.assistant.NavigationCommand;
import com.voicedesk.domain.assistant.ToolDefinition;
import com.voicedesk.domain.assistant.ToolParameter;
import io.smallrye.mutiny.Uni;

import java.util.List;

import static com.voicedesk.application.assistant.ContactTools.tool;
import static com.voicedesk.application.assistant.ToolViews.map;
import static com.voicedesk.domain.assistant.ToolParameter.Type.STRING;
import static com.voicedesk.domain.assistant.ToolParameter.Type.STRING_LIST;

/**
 * Screen control: the model turns "open Sarah's contact" or "show invoices" into a structured command that the
 * frontend executes (sent on the data topic {@code navigation}). Nothing on the server changes.
 */
final class NavigationTool {

    static final String NAME = "navigate";

    private NavigationTool() {
    }

    static AssistantTool create() {
        return tool(new ToolDefinition(NAME,
                "Show something on the admin's screen: open one record (action open, with its id), show a page or "
                        + "a filtered list (action show), or reload a record (action refresh). Look ids up first.",
                List.of(ToolParameter.required("action", STRING, "open, show or refresh")
                                .allowing(NavigationCommand.wireNames(NavigationCommand.Action.class)),
                        ToolParameter.required("target", STRING, "The page")
                                .allowing(NavigationCommand.wireNames(NavigationCommand.Target.class)),
                        ToolParameter.optional("ids", STRING_LIST, "Record ids (exactly one for open)"),
                        ToolParameter.optional("query", STRING, "Text to narrow a list with"))),
                (ctx, args) -> {
                    NavigationCommand command = new NavigationCommand(
                            NavigationCommand.action(args.string("action")),
                            NavigationCommand.target(args.string("target")),
                            args.stringList("ids"), args.optionalString("query"));
                    return Uni.createFrom().item(ToolOutcome.of(map("sent", true,
                            "action", command.action().wireName(), "target", command.target().wireName(),
                            "ids", command.ids()), command));
                });
    }
}
