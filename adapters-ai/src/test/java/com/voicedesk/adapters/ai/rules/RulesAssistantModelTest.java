package com.voicedesk.adapters.ai.rules;

import com.voicedesk.domain.assistant.ChatMessage;
import com.voicedesk.domain.assistant.ModelRequest;
import com.voicedesk.domain.assistant.ToolCall;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline assistant, step by step: each step reads the tool results of the turn so far. */
class RulesAssistantModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private final RulesAssistantModel model = new RulesAssistantModel();
    private final List<ChatMessage> messages = new ArrayList<>();

    @Test
    void marksTheJohnsonWeddingAsBookedThroughSearchThenStatus() {
        ToolCall search = onlyCall(say("Mark the Johnson wedding as booked."));
        assertThat(search.name()).isEqualTo("search_contacts");
        assertThat(search.arguments()).containsEntry("query", "johnson");

        ToolCall update = onlyCall(answer(search, Map.of("total", 2, "contacts", List.of(
                Map.of("id", "c-1", "name", "Mike Johnson", "eventType", "CORPORATE"),
                Map.of("id", "c-2", "name", "Sarah Johnson", "eventType", "WEDDING")))));
        assertThat(update.name()).isEqualTo("update_lead_status");
        assertThat(update.arguments()).containsEntry("contactId", "c-2").containsEntry("status", "BOOKED");

        ChatMessage.Assistant done = answer(update, Map.of("updated", true, "contactId", "c-2", "leadStatus", "BOOKED"));
        assertThat(done.requestsTools()).isFalse();
        assertThat(done.text()).isEqualTo("Sarah Johnson is now booked.");
    }

    @Test
    void opensAContactWithANavigationCommand() {
        ToolCall search = onlyCall(say("Open Sarah's contact"));
        assertThat(search.arguments()).containsEntry("query", "sarah");

        ToolCall navigate = onlyCall(answer(search, Map.of("total", 1,
                "contacts", List.of(Map.of("id", "c-9", "name", "Sarah Johnson")))));
        assertThat(navigate.name()).isEqualTo("navigate");
        assertThat(navigate.arguments()).containsEntry("action", "open").containsEntry("target", "contact")
                .containsEntry("ids", List.of("c-9"));

        assertThat(answer(navigate, Map.of("sent", true)).text()).isEqualTo("Opening Sarah Johnson.");
    }

    @Test
    void asksWhichOneWhenSeveralContactsMatch() {
        ToolCall search = onlyCall(say("open Sarah's file"));

        ChatMessage.Assistant reply = answer(search, Map.of("total", 2, "contacts", List.of(
                Map.of("id", "a", "name", "Sarah Johnson"), Map.of("id", "b", "name", "Sarah Lee"))));

        assertThat(reply.requestsTools()).isFalse();
        assertThat(reply.text()).contains("Sarah Johnson and Sarah Lee").contains("Which one");
    }

    @Test
    void showsAPage() {
        ToolCall navigate = onlyCall(say("Show invoices"));

        assertThat(navigate.name()).isEqualTo("navigate");
        assertThat(navigate.arguments()).containsEntry("action", "show").containsEntry("target", "invoices");
        assertThat(answer(navigate, Map.of("sent", true)).text()).isEqualTo("Showing invoices.");
    }

    @Test
    void listsTheNewLeadsOfThisWeek() {
        ToolCall list = onlyCall(say("Show me all new leads from this week"));
        assertThat(list.name()).isEqualTo("list_new_leads");
        assertThat(list.arguments()).containsEntry("since", "2026-03-02");

        ToolCall navigate = onlyCall(answer(list, Map.of("total", 2, "contacts", List.of(
                Map.of("id", "a", "name", "Ann"), Map.of("id", "b", "name", "Bo")))));
        assertThat(navigate.arguments()).containsEntry("target", "leads").containsEntry("ids", List.of("a", "b"));

        assertThat(answer(navigate, Map.of("sent", true)).text()).isEqualTo("You have 2 new leads since 2026-03-02: Ann and Bo.");
    }

    @Test
    void addsANoteWithTheSpokenText() {
        ToolCall search = onlyCall(say("Add a note to Sarah's file: she prefers e-mail"));
        ToolCall note = onlyCall(answer(search, Map.of("contacts", List.of(Map.of("id", "c-1", "name", "Sarah Johnson")))));

        assertThat(note.name()).isEqualTo("add_contact_note");
        assertThat(note.arguments()).containsEntry("text", "She prefers e-mail");
    }

    @Test
    void relaysARefusalInsteadOfClaimingSuccess() {
        ToolCall search = onlyCall(say("call Sarah tomorrow at 10"));
        ToolCall schedule = onlyCall(answer(search, Map.of("contacts", List.of(Map.of("id", "c-1", "name", "Sarah")))));
        assertThat(schedule.name()).isEqualTo("schedule_call");
        assertThat(schedule.arguments()).containsEntry("at", "2026-03-05T10:00");

        ChatMessage.Assistant reply = answer(schedule, Map.of("error", "not_available",
                "message", "Outbound calling is not available yet."));

        assertThat(reply.text()).isEqualTo("That didn't work: Outbound calling is not available yet.");
    }

    @Test
    void saysWhatItCanDoForAnythingElse() {
        ChatMessage.Assistant reply = say("What's the weather like in Memphis?");

        assertThat(reply.requestsTools()).isFalse();
        assertThat(reply.text()).contains("Without a language model");
    }

    private ChatMessage.Assistant say(String text) {
        messages.add(new ChatMessage.User(text));
        return step();
    }

    private ChatMessage.Assistant answer(ToolCall call, Map<String, Object> result) {
        messages.add(new ChatMessage.ToolResult(call.id(), call.name(), result));
        return step();
    }

    private ChatMessage.Assistant step() {
        ChatMessage.Assistant reply = model.next(new ModelRequest("x", messages, List.of(), TODAY,
                ZoneId.of("America/Chicago")));
        messages.add(reply);
        return reply;
    }

    private static ToolCall onlyCall(ChatMessage.Assistant reply) {
        assertThat(reply.toolCalls()).as(String.valueOf(reply.text())).hasSize(1);
        return reply.toolCalls().getFirst();
    }
}
