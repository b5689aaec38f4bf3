package com.voicedesk.adapters.ai.rules;

import com.voicedesk.domain.assistant.AssistantModel;
import com.voicedesk.domain.assistant.ChatMessage;
import com.voicedesk.domain.assistant.ModelRequest;
import com.voicedesk.domain.assistant.ModelResponse;
import com.voicedesk.domain.assistant.ToolCall;
import com.voicedesk.domain.shared.TenantId;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assistant without a language model: it understands navigation ("show invoices", "open Sarah's contact"),
 * simple quick actions ("mark the Johnson wedding as booked", "add a note to Sarah's file: ..."), new leads and
 * recent calls, and answers anything else by saying what it can do. It calls the same tools as the language
 * model, one step at a time, reading the tool results of the current turn to decide the next step; so quick
 * actions go through the same use cases and guard rails. It relies on the tools' names and result fields.
 */
@ApplicationScoped
public class RulesAssistantModel implements AssistantModel {

    public static final String NAME = "rules";

    private static final String TARGETS = "invoices|contracts|payments|calendar|events|calls|dashboard|notifications|"
            + "settings|contacts|leads|home";
    private static final Pattern SHOW_PAGE = Pattern.compile("^(?:show|open|go to|take me to|bring up|pull up|display|"
            + "view|switch to|navigate to)\\s+(?:me\\s+)?(?:the\\s+|my\\s+|our\\s+|all\\s+(?:the\\s+)?)?(" + TARGETS
            + ")(?:\\s+(?:page|screen|tab|list))?$");
    private static final Pattern NEW_LEADS = Pattern.compile("\\bnew (?:leads?|contacts?|inquiries)\\b");
    private static final Pattern RECENT_CALLS = Pattern.compile("\\b(?:recent|latest|last|today's)\\s+calls\\b");
    private static final Pattern SET_STATUS = Pattern.compile("^(?:mark|set|move|change|update|put)\\s+(.+?)\\s+"
            + "(?:as|to|into)\\s+(?:status\\s+)?(booked|qualified|lost|contacted|proposal sent|completed|canceled|"
            + "cancelled|new)$");
    private static final Pattern ADD_NOTE = Pattern.compile("^(?:add|put|write|make|leave)\\s+(?:a\\s+)?note\\s+"
            + "(?:to|on|in|for)\\s+(.+?)(?:'s)?(?:\\s+(?:file|contact|record|profile|card))?\\s*(?::|,|\\s+saying|"
            + "\\s+that says|\\s+that|\\s+-)\\s*(.+)$");
    private static final Pattern OPEN_CONTACT = Pattern.compile("^(?:open|show|pull up|bring up|go to)\\s+(?:me\\s+)?"
            + "(?:(.+?)(?:'s|s')\\s+(?:contact|file|record|profile|card|details|page)|(?:the\\s+)?contact\\s+"
            + "(?:for\\s+|of\\s+)?(.+))$");
    private static final Pattern CALL = Pattern.compile("^(?:call|ring|phone|dial)\\s+(.+?)(?:\\s+((?:tomorrow|today|"
            + "tonight|on|at|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*))?$");
    private static final Pattern FIND = Pattern.compile("^(?:find|search for|search|look up|who is|look for)\\s+(.+)$");
    private static final Pattern FILLER = Pattern.compile("^(?:(?:hey|hi|ok|okay|so|um|uh|assistant|please|can you|"
            + "could you|would you|will you|i want you to|i'd like you to|go ahead and|now)[,\\s]+)+");
    private static final Pattern EVENT_WORDS = Pattern.compile("\\b(?:wedding|party|event|birthday|anniversary|"
            + "prom|reception|gala|picnic|quinceanera|quinceañera|bar mitzvah|lead|client|contact)\\b");

    @Override
    public Uni<ModelResponse> respond(TenantId tenant, ModelRequest request) {
        return Uni.createFrom().item(() -> new ModelResponse(next(request), NAME));
    }

    ChatMessage.Assistant next(ModelRequest request) {
        List<ChatMessage> messages = request.messages();
        int lastUser = -1;
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof ChatMessage.User) {
                lastUser = i;
                break;
            }
        }
        if (lastUser < 0) {
            return ChatMessage.Assistant.text(capabilities());
        }
        List<ChatMessage.ToolResult> results = new ArrayList<>();
        for (ChatMessage m : messages.subList(lastUser + 1, messages.size())) {
            if (m instanceof ChatMessage.ToolResult r) {
                results.add(r);
            }
        }
        String said = normalise(((ChatMessage.User) messages.get(lastUser)).text());
        return plan(said, results, request.today());
    }

    private ChatMessage.Assistant plan(String said, List<ChatMessage.ToolResult> results, LocalDate today) {
        int step = results.size();
        Matcher m;
        if ((m = SHOW_PAGE.matcher(said)).matches()) {
            String target = m.group(1).equals("home") ? "dashboard" : m.group(1);
            return step == 0 ? call(step, "navigate", map("action", "show", "target", target))
                    : done(results.getLast(), "Showing " + target + ".");
        }
        if (NEW_LEADS.matcher(said).find()) {
            LocalDate since = since(said, today);
            if (step == 0) {
                return call(step, "list_new_leads", map("since", since.toString(), "limit", 25));
            }
            List<Map<String, Object>> contacts = contacts(results.getFirst());
            if (results.getFirst().failed() || contacts.isEmpty()) {
                return done(results.getFirst(), "There are no new leads since " + since + ".");
            }
            if (step == 1) {
                return call(step, "navigate", map("action", "show", "target", "leads",
                        "ids", contacts.stream().map(c -> String.valueOf(c.get("id"))).toList()));
            }
            return ChatMessage.Assistant.text("You have " + count(results.getFirst(), contacts) + " new "
                    + (contacts.size() == 1 ? "lead" : "leads") + " since " + since + ": " + names(contacts) + ".");
        }
        if (RECENT_CALLS.matcher(said).find()) {
            if (step == 0) {
                return call(step, "list_recent_calls", map("limit", 10));
            }
            List<?> calls = list(results.getFirst().result().get("calls"));
            if (results.getFirst().failed() || calls.isEmpty()) {
                return done(results.getFirst(), "There are no recent calls.");
            }
            if (step == 1) {
                return call(step, "navigate", map("action", "show", "target", "calls"));
            }
            return ChatMessage.Assistant.text("Showing the " + calls.size() + " most recent calls.");
        }
        if ((m = SET_STATUS.matcher(said)).matches()) {
            String status = m.group(2).replace("cancelled", "canceled").replace(' ', '_').toUpperCase(Locale.ROOT);
            return withContact(m.group(1), results, (id, name) -> call(1, "update_lead_status",
                    map("contactId", id, "status", status, "reason", "asked by voice: \"" + said + "\"")),
                    name -> name + " is now " + status.toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        }
        if ((m = ADD_NOTE.matcher(said)).matches()) {
            String text = capitalise(m.group(2).strip());
            return withContact(m.group(1), results, (id, name) -> call(1, "add_contact_note",
                    map("contactId", id, "text", text)), name -> "I added the note to " + name + "'s file.");
        }
        if ((m = OPEN_CONTACT.matcher(said)).matches()) {
            String who = m.group(1) != null ? m.group(1) : m.group(2);
            return withContact(who, results, (id, name) -> call(1, "navigate",
                    map("action", "open", "target", "contact", "ids", List.of(id))), name -> "Opening " + name + ".");
        }
        if ((m = CALL.matcher(said)).matches()) {
            String when = m.group(2);
            return withContact(m.group(1), results, (id, name) -> when == null
                            ? call(1, "initiate_outbound_call", map("contactId", id))
                            : call(1, "schedule_call", map("contactId", id, "at", at(when, today))),
                    name -> "The call to " + name + " is arranged.");
        }
        if ((m = FIND.matcher(said)).matches()) {
            Person who = person(m.group(1));
            if (step == 0) {
                return call(step, "search_contacts", map("query", who.query(), "limit", 10));
            }
            List<Map<String, Object>> contacts = contacts(results.getFirst());
            if (contacts.isEmpty()) {
                return done(results.getFirst(), "I couldn't find a contact matching \"" + who.query() + "\".");
            }
            if (step == 1) {
                return call(step, "navigate", map("action", "show", "target", "contacts", "query", who.query()));
            }
            return ChatMessage.Assistant.text("I found " + count(results.getFirst(), contacts) + " matching \""
                    + who.query() + "\": " + names(contacts) + ".");
        }
        return ChatMessage.Assistant.text(capabilities());
    }

    /** Looks the contact up (step 0), runs the action on a single match (step 1), and reports (step 2). */
    private ChatMessage.Assistant withContact(String spoken, List<ChatMessage.ToolResult> results,
                                              java.util.function.BiFunction<String, String, ChatMessage.Assistant> action,
                                              java.util.function.Function<String, String> report) {
        Person who = person(spoken);
        if (results.isEmpty()) {
            return call(0, "search_contacts", map("query", who.query(), "limit", 10));
        }
        ChatMessage.ToolResult search = results.getFirst();
        if (search.failed()) {
            return done(search, "");
        }
        List<Map<String, Object>> found = contacts(search);
        if (who.eventType() != null && found.size() > 1) {
            List<Map<String, Object>> ofType = found.stream().filter(c -> who.eventType().equals(c.get("eventType"))).toList();
            found = ofType.isEmpty() ? found : ofType;
        }
        if (found.size() > 1) {
            List<Map<String, Object>> exact = found.stream()
                    .filter(c -> String.valueOf(c.get("name")).equalsIgnoreCase(who.query())).toList();
            found = exact.size() == 1 ? exact : found;
        }
        if (found.isEmpty()) {
            return ChatMessage.Assistant.text("I couldn't find a contact matching \"" + who.query() + "\".");
        }
        if (found.size() > 1) {
            return ChatMessage.Assistant.text("Several contacts match \"" + who.query() + "\": " + names(found)
                    + ". Which one do you mean?");
        }
        String id = String.valueOf(found.getFirst().get("id"));
        String name = String.valueOf(found.getFirst().get("name"));
        if (results.size() == 1) {
            return action.apply(id, name);
        }
        ChatMessage.ToolResult outcome = results.get(1);
        return outcome.failed() ? done(outcome, "") : ChatMessage.Assistant.text(report.apply(name));
    }

    /** The final reply: the tool's own message when it refused, else {@code text}. */
    private static ChatMessage.Assistant done(ChatMessage.ToolResult result, String text) {
        if (result.failed()) {
            Object message = result.result().get("message");
            return ChatMessage.Assistant.text("That didn't work: " + (message == null ? result.result().get("error") : message));
        }
        return ChatMessage.Assistant.text(text);
    }

    private static ChatMessage.Assistant call(int step, String tool, Map<String, Object> arguments) {
        return ChatMessage.Assistant.calls(List.of(new ToolCall("rules-" + (step + 1), tool, arguments)));
    }

    record Person(String query, String eventType) {
    }

    /** "the Johnson wedding" is a search for "Johnson" among weddings; "Sarah's" is "Sarah". */
    static Person person(String spoken) {
        String text = spoken.strip().replaceAll("^(?:the|a|an|my|our)\\s+", "");
        String eventType = null;
        Matcher event = EVENT_WORDS.matcher(text);
        if (event.find()) {
            String word = event.group();
            eventType = switch (word) {
                case "wedding", "reception" -> "WEDDING";
                case "birthday" -> "BIRTHDAY";
                case "anniversary" -> "ANNIVERSARY";
                case "prom" -> "SCHOOL_DANCE";
                case "quinceanera", "quinceañera" -> "QUINCEANERA";
                case "bar mitzvah" -> "BAR_MITZVAH";
                default -> null;
            };
        }
        String query = EVENT_WORDS.matcher(text).replaceAll(" ").replaceAll("(?:'s|s')\\b", "")
                .replaceAll("\\s+", " ").strip();
        return new Person(query.isEmpty() ? text : query, eventType);
    }

    private static LocalDate since(String said, LocalDate today) {
        if (said.contains("today")) {
            return today;
        }
        if (said.contains("yesterday")) {
            return today.minusDays(1);
        }
        if (said.contains("last week")) {
            return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        }
        if (said.contains("this month")) {
            return today.withDayOfMonth(1);
        }
        if (said.contains("last month")) {
            return today.minusMonths(1).withDayOfMonth(1);
        }
        if (said.contains("this week")) {
            return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        List<DateMentions.Mention> dates = new DateMentions(today).find(TextNumbers.normalize(said));
        if (!dates.isEmpty() && !dates.getFirst().date().isAfter(today)) {
            return dates.getFirst().date();
        }
        return today.minusDays(7);
    }

    private static String at(String when, LocalDate today) {
        List<DateMentions.Mention> dates = new DateMentions(today).find(TextNumbers.normalize(when));
        LocalDate day = dates.isEmpty() ? today : dates.getFirst().date();
        return day.atTime(OutcomeRules.timeOfDay(when)).toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> contacts(ChatMessage.ToolResult result) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object item : list(result.result().get("contacts"))) {
            if (item instanceof Map<?, ?> contact) {
                out.add((Map<String, Object>) contact);
            }
        }
        return out;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static String count(ChatMessage.ToolResult result, List<?> shown) {
        Object total = result.result().get("total");
        return total instanceof Number n && n.longValue() > shown.size() ? n + " (showing " + shown.size() + ")"
                : String.valueOf(shown.size());
    }

    private static String names(List<Map<String, Object>> contacts) {
        List<String> names = contacts.stream().limit(8).map(c -> String.valueOf(c.get("name"))).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    static String normalise(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "").replace('’', '\'');
        return FILLER.matcher(lower).replaceAll("").strip();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String capabilities() {
        return "Without a language model I can only do simple things: open a contact (\"open Sarah's contact\"), "
                + "show a page (\"show invoices\"), mark a lead's status (\"mark the Johnson wedding as booked\"), "
                + "add a note (\"add a note to Sarah's file: prefers e-mail\"), and list new leads or recent calls.";
    }
}
