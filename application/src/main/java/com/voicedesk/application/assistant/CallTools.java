package com.voicedesk.application.assistant;

import com.voicedesk.application.call.CallQueriesUseCase;
import com.voicedesk.domain.assistant.ToolDefinition;
import com.voicedesk.domain.assistant.ToolParameter;
import com.voicedesk.domain.call.CallFilter;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.PageRequest;

import java.time.LocalDate;
import java.util.List;

import static com.voicedesk.application.assistant.ContactTools.tool;
import static com.voicedesk.application.assistant.ToolViews.map;
import static com.voicedesk.domain.assistant.ToolParameter.Type.INTEGER;
import static com.voicedesk.domain.assistant.ToolParameter.Type.STRING;

/** The assistant's tools over calls, through the call queries. */
final class CallTools {

    private CallTools() {
    }

    static List<AssistantTool> all(CallQueriesUseCase calls) {
        return List.of(recent(calls), summary(calls));
    }

    private static AssistantTool recent(CallQueriesUseCase calls) {
        return tool(new ToolDefinition("list_recent_calls", "Calls, newest first, optionally of one contact or since a date.",
                List.of(ToolParameter.optional("contactId", STRING, "Only this contact's calls"),
                        ToolParameter.optional("since", STRING, "Only calls on or after this day, YYYY-MM-DD"),
                        ToolParameter.optional("limit", INTEGER, "At most this many (1 to 25, default 10)"))),
                (ctx, args) -> {
                    String contact = args.optionalString("contactId");
                    LocalDate since = args.optionalDate("since");
                    Integer limit = args.optionalInteger("limit", 1, 25);
                    CallFilter filter = new CallFilter(null, null, contact == null ? null : ContactId.of(contact),
                            since == null ? null : ctx.startOf(since), null);
                    return calls.list(ctx.tenant(), filter, PageRequest.first(limit == null ? 10 : limit))
                            .map(page -> ToolOutcome.of(map("total", page.total(),
                                    "calls", page.items().stream().map(ToolViews::call).toList())));
                });
    }

    private static AssistantTool summary(CallQueriesUseCase calls) {
        return tool(new ToolDefinition("get_call_summary",
                "A call with its AI summary (null until the call was analysed) and the length of its transcript.",
                List.of(ToolParameter.required("callId", STRING, "The call's id, as returned by list_recent_calls"))),
                (ctx, args) -> {
                    CallId id = args.callId("callId");
                    return calls.detail(ctx.tenant(), id).map(detail -> ToolOutcome.of(map(
                            "call", ToolViews.call(detail.call()),
                            "transcriptSegments", detail.transcript().size(),
                            "analysis", detail.analysis().map(ToolViews::analysis).orElse(null))));
                });
    }
}
