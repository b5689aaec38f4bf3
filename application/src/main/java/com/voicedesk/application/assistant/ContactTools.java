package com.voicedesk.application.assistant;

import com.voicedesk.application.contact.AddContactNoteCommand;
import com.voicedesk.application.contact.AddContactNoteUseCase;
import com.voicedesk.application.contact.ChangeLeadStatusCommand;
import com.voicedesk.application.contact.ChangeLeadStatusUseCase;
import com.voicedesk.application.contact.ContactQueriesUseCase;
import com.voicedesk.application.contact.CreateContactCommand;
import com.voicedesk.application.contact.CreateContactUseCase;
import com.voicedesk.application.contact.UpdateContactCommand;
import com.voicedesk.application.contact.UpdateContactUseCase;
import com.voicedesk.domain.assistant.NavigationCommand;
import com.voicedesk.domain.assistant.ToolDefinition;
import com.voicedesk.domain.assistant.ToolParameter;
import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactChanges;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactQuery;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.EmailAddress;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Money;
import com.voicedesk.domain.shared.Page;
import com.voicedesk.domain.shared.PageRequest;
import com.voicedesk.domain.shared.PhoneNumber;
import io.smallrye.mutiny.Uni;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static com.voicedesk.application.assistant.ToolViews.map;
import static com.voicedesk.domain.assistant.ToolParameter.Type.INTEGER;
import static com.voicedesk.domain.assistant.ToolParameter.Type.NUMBER;
import static com.voicedesk.domain.assistant.ToolParameter.Type.STRING;

/** The assistant's tools over contacts: all of them through the contact use cases. */
final class ContactTools {

    static final String CONTACT_ID = "contactId";
    private static final List<String> STATUSES = Arrays.stream(LeadStatus.values()).map(Enum::name).toList();
    private static final List<String> EVENT_TYPES = Arrays.stream(EventType.values()).map(Enum::name).toList();
    private static final int MAX_LIST = 25;

    private ContactTools() {
    }

    static List<AssistantTool> all(ContactQueriesUseCase queries, CreateContactUseCase create,
                                   UpdateContactUseCase update, AddContactNoteUseCase addNote,
                                   ChangeLeadStatusUseCase changeStatus) {
        return List.of(search(queries), get(queries), newLeads(queries), create(create), addNote(addNote),
                updateStatus(changeStatus), updateFields(update));
    }

    private static ToolParameter contactIdParameter() {
        return ToolParameter.required(CONTACT_ID, STRING, "The contact's id, as returned by search_contacts");
    }

    private static ToolParameter limitParameter() {
        return ToolParameter.optional("limit", INTEGER, "At most this many results (1 to " + MAX_LIST + ", default 10)");
    }

    private static AssistantTool search(ContactQueriesUseCase queries) {
        return tool(new ToolDefinition("search_contacts",
                "Find contacts (leads and clients) by part of their name or phone number, newest first.",
                List.of(ToolParameter.optional("query", STRING, "Part of a name (\"Sarah\", \"Johnson\") or a phone number"),
                        ToolParameter.optional("leadStatus", STRING, "Only contacts with this lead status").allowing(STATUSES),
                        limitParameter())),
                (ctx, args) -> {
                    ContactQuery query = new ContactQuery(args.optionalString("query"),
                            args.optionalEnum("leadStatus", LeadStatus.class), null);
                    return queries.search(ctx.tenant(), query, PageRequest.first(limit(args)))
                            .map(page -> ToolOutcome.of(contactPage(page)));
                });
    }

    /** A page of contacts as the model reads it: the total and the page's summaries. */
    private static Map<String, Object> contactPage(Page<Contact> page) {
        return map("total", page.total(), "contacts", page.items().stream().map(ToolViews::contactSummary).toList());
    }

    private static AssistantTool get(ContactQueriesUseCase queries) {
        return tool(new ToolDefinition("get_contact",
                "A contact's full record and its five most recent notes.", List.of(contactIdParameter())),
                (ctx, args) -> {
                    ContactId id = args.contactId(CONTACT_ID);
                    return queries.get(ctx.tenant(), id).flatMap(contact -> queries.notes(ctx.tenant(), id)
                            .map(notes -> ToolOutcome.of(map("contact", ToolViews.contactDetail(contact),
                                    "recentNotes", notes.stream().limit(5).map(ToolViews::note).toList()))));
                });
    }

    private static AssistantTool newLeads(ContactQueriesUseCase queries) {
        return tool(new ToolDefinition("list_new_leads",
                "Contacts created on or after a date (in the business's time zone), newest first.",
                List.of(ToolParameter.required("since", STRING, "The first day to include, YYYY-MM-DD"),
                        ToolParameter.optional("leadStatus", STRING, "Only leads still in this status").allowing(STATUSES),
                        limitParameter())),
                (ctx, args) -> {
                    LocalDate since = args.optionalDate("since");
                    if (since == null) {
                        throw new InvalidValueException("since", "is required");
                    }
                    ContactQuery query = new ContactQuery(null, args.optionalEnum("leadStatus", LeadStatus.class),
                            ctx.startOf(since));
                    return queries.search(ctx.tenant(), query, PageRequest.first(limit(args))).map(page -> {
                        Map<String, Object> result = map("since", since.toString());
                        result.putAll(contactPage(page));
                        return ToolOutcome.of(result);
                    });
                });
    }

    private static AssistantTool create(CreateContactUseCase create) {
        return tool(new ToolDefinition("create_contact", "Create a new lead.",
                withFieldParameters(List.of(ToolParameter.required("name", STRING, "The person's full name")))),
                (ctx, args) -> create.create(new CreateContactCommand(ctx.tenant(), args.string("name"),
                                fieldChanges(ctx, args), ContactSource.ASSISTANT, ctx.actor()))
                        .map(contact -> ToolOutcome.of(map("created", true, "contact", ToolViews.contactSummary(contact)),
                                new NavigationCommand(NavigationCommand.Action.OPEN, NavigationCommand.Target.CONTACT,
                                        List.of(contact.id().toString()), null))));
    }

    private static AssistantTool addNote(AddContactNoteUseCase addNote) {
        return tool(new ToolDefinition("add_contact_note", "Add a note to a contact's file.",
                List.of(contactIdParameter(), ToolParameter.required("text", STRING, "The note, in full sentences"))),
                (ctx, args) -> {
                    ContactId id = args.contactId(CONTACT_ID);
                    return addNote.addNote(new AddContactNoteCommand(ctx.tenant(), id, args.string("text"), ctx.actor(),
                                    ChangeSource.ASSISTANT, null))
                            .map(note -> ToolOutcome.of(map("added", true, "noteId", note.id().toString(),
                                    CONTACT_ID, id.toString()), refresh(id)));
                });
    }

    private static AssistantTool updateStatus(ChangeLeadStatusUseCase changeStatus) {
        return tool(new ToolDefinition("update_lead_status",
                "Move a contact's lead status. Allowed moves: NEW to CONTACTED, QUALIFIED, PROPOSAL_SENT, BOOKED or "
                        + "LOST; CONTACTED to QUALIFIED, PROPOSAL_SENT, BOOKED or LOST; QUALIFIED to PROPOSAL_SENT, "
                        + "BOOKED or LOST; PROPOSAL_SENT to QUALIFIED, BOOKED or LOST; BOOKED to COMPLETED or "
                        + "CANCELED; LOST to NEW, CONTACTED or QUALIFIED; CANCELED to BOOKED or LOST.",
                List.of(contactIdParameter(),
                        ToolParameter.required("status", STRING, "The new lead status").allowing(STATUSES),
                        ToolParameter.optional("reason", STRING, "Why, in a few words"))),
                (ctx, args) -> {
                    ContactId id = args.contactId(CONTACT_ID);
                    LeadStatus status = args.requiredEnum("status", LeadStatus.class);
                    return changeStatus.changeStatus(new ChangeLeadStatusCommand(ctx.tenant(), id, status,
                                    ChangeSource.ASSISTANT, ctx.actor(), args.optionalString("reason")))
                            .map(contact -> ToolOutcome.of(map("updated", true, CONTACT_ID, id.toString(),
                                    "name", contact.name(), "leadStatus", contact.leadStatus().name()), refresh(id)));
                });
    }

    private static AssistantTool updateFields(UpdateContactUseCase update) {
        List<ToolParameter> parameters = new ArrayList<>(List.of(contactIdParameter(),
                ToolParameter.optional("name", STRING, "A corrected full name")));
        return tool(new ToolDefinition("update_contact_fields",
                "Change a contact's details. Only the arguments given (not null) change; nothing is cleared.",
                withFieldParameters(parameters)),
                (ctx, args) -> {
                    ContactId id = args.contactId(CONTACT_ID);
                    ContactChanges changes = fieldChanges(ctx, args);
                    String name = args.optionalString("name");
                    if (name != null) {
                        changes = changes.withName(name);
                    }
                    if (changes.isEmpty()) {
                        return Uni.createFrom().item(ToolOutcome.error("invalid_argument", "No field to change was given"));
                    }
                    return update.update(new UpdateContactCommand(ctx.tenant(), id, changes, null))
                            .map(contact -> ToolOutcome.of(map("updated", true,
                                    "contact", ToolViews.contactSummary(contact)), refresh(id)));
                });
    }

    private static List<ToolParameter> withFieldParameters(List<ToolParameter> first) {
        List<ToolParameter> all = new ArrayList<>(first);
        all.add(ToolParameter.optional("phone", STRING, "Phone number with country code, e.g. +15550102000"));
        all.add(ToolParameter.optional("email", STRING, "E-mail address"));
        all.add(ToolParameter.optional("eventType", STRING, "Kind of event").allowing(EVENT_TYPES));
        all.add(ToolParameter.optional("eventDate", STRING, "Date of the event, YYYY-MM-DD"));
        all.add(ToolParameter.optional("guestCount", INTEGER, "Expected number of guests"));
        all.add(ToolParameter.optional("venue", STRING, "Where the event takes place"));
        all.add(ToolParameter.optional("budgetAmount", NUMBER, "Budget in the business's currency"));
        return all;
    }

    private static ContactChanges fieldChanges(ToolContext ctx, ToolArguments args) {
        ContactChanges changes = ContactChanges.none();
        String phone = args.optionalString("phone");
        if (phone != null) {
            changes = changes.withPhone(PhoneNumber.parse(phone));
        }
        String email = args.optionalString("email");
        if (email != null) {
            changes = changes.withEmail(EmailAddress.parse(email));
        }
        EventType eventType = args.optionalEnum("eventType", EventType.class);
        if (eventType != null) {
            changes = changes.withEventType(eventType);
        }
        LocalDate eventDate = args.optionalDate("eventDate");
        if (eventDate != null) {
            changes = changes.withEventDate(eventDate);
        }
        Integer guests = args.optionalInteger("guestCount", 1, 100_000);
        if (guests != null) {
            changes = changes.withGuestCount(guests);
        }
        String venue = args.optionalString("venue");
        if (venue != null) {
            changes = changes.withVenue(venue);
        }
        BigDecimal budget = args.optionalDecimal("budgetAmount");
        if (budget != null) {
            changes = changes.withBudget(new Money(budget, ctx.currency()));
        }
        return changes;
    }

    private static NavigationCommand refresh(ContactId id) {
        return new NavigationCommand(NavigationCommand.Action.REFRESH, NavigationCommand.Target.CONTACT,
                List.of(id.toString()), null);
    }

    private static int limit(ToolArguments args) {
        Integer limit = args.optionalInteger("limit", 1, MAX_LIST);
        return limit == null ? 10 : limit;
    }

    static AssistantTool tool(ToolDefinition definition, Body body) {
        return new AssistantTool() {
            @Override
            public ToolDefinition definition() {
                return definition;
            }

            @Override
            public Uni<ToolOutcome> run(ToolContext context, ToolArguments arguments) {
                return body.run(context, arguments);
            }
        };
    }

    /** A tool's work; it may throw domain exceptions, which the toolbox turns into error results. */
    @FunctionalInterface
    interface Body {
        Uni<ToolOutcome> run(ToolContext context, ToolArguments arguments);
    }
}
