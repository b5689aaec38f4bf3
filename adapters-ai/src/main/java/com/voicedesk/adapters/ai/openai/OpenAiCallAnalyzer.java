package com.voicedesk.adapters.ai.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicedesk.domain.analysis.AnalysisRequest;
import com.voicedesk.domain.analysis.AnalyzerOutput;
import com.voicedesk.domain.analysis.CallAnalysis;
import com.voicedesk.domain.analysis.CallAnalyzer;
import com.voicedesk.domain.analysis.CustomFact;
import com.voicedesk.domain.analysis.ExtractedFacts;
import com.voicedesk.domain.analysis.FactField;
import com.voicedesk.domain.analysis.FollowUp;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Money;
import com.voicedesk.domain.transcript.TranscriptSegment;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Call analysis by an OpenAI chat model with strict structured output: the answer must match the JSON schema
 * derived from {@link AnalysisDocument}. The prompt carries the business, today's date in its time zone (so
 * "next Saturday" resolves), the contact as the CRM knows it, the custom facts wanted, and the transcript.
 */
@ApplicationScoped
public class OpenAiCallAnalyzer implements CallAnalyzer {

    static final JsonObjectSchema SCHEMA = RecordSchemas.of(AnalysisDocument.class);
    private static final ResponseFormat FORMAT = ResponseFormat.builder().type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder().name("call_analysis").rootElement(SCHEMA).build()).build();
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("EEEE, yyyy-MM-dd", Locale.ENGLISH);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final OpenAiClients clients;

    public OpenAiCallAnalyzer(OpenAiClients clients) {
        this.clients = clients;
    }

    @Override
    public Uni<AnalyzerOutput> analyze(AnalysisRequest request) {
        ChatRequest chat = chatRequest(request, clients.config().maxTranscriptChars());
        return clients.call(request.call().tenantId(), client -> {
            ChatResponse response = client.chat().chat(chat);
            return toOutput(request, response.aiMessage().text(), "openai:" + client.model());
        });
    }

    static ChatRequest chatRequest(AnalysisRequest request, int maxTranscriptChars) {
        return ChatRequest.builder()
                .messages(SystemMessage.from(instructions(request)),
                        UserMessage.from(callText(request, maxTranscriptChars)))
                .responseFormat(FORMAT)
                .temperature(0.1)
                .build();
    }

    static String instructions(AnalysisRequest request) {
        var persona = request.persona();
        StringBuilder out = new StringBuilder();
        out.append("You write the notes on a phone call for ").append(persona.companyName())
                .append(", an event entertainment (DJ) business. The notes update its CRM.\n");
        if (persona.businessContext() != null) {
            out.append("About the business: ").append(persona.businessContext()).append('\n');
        }
        out.append("Today is ").append(TODAY.format(request.today())).append(" in the time zone ")
                .append(request.timeZone().getId()).append(". Resolve relative dates against it: \"this Saturday\" is ")
                .append("the coming Saturday, \"next Saturday\" the Saturday of next week (weeks start on Monday); ")
                .append("a month and day without a year is the next such date.\n");
        out.append("Money is in ").append(request.currency().getCurrencyCode()).append(".\n");
        out.append("""
                Write only what the call says: use null (or an empty list) for anything it does not say; never guess.
                The event date is the day of the event, not the day of a callback. A date or guest count the call
                changes (\"they moved us to the 19th\") is the new one, and goes into changedFacts.
                proposedLeadStatus follows the call: BOOKED when the client books, QUALIFIED when a real event with
                details was discussed, CONTACTED for a callback request or general questions, LOST when the client
                is not going ahead or it was a wrong number, CANCELED when a booked client cancels, null for a
                voicemail.
                """);
        List<CustomFact> custom = request.customFacts();
        if (custom.isEmpty()) {
            out.append("extraFacts: always an empty list.\n");
        } else {
            out.append("extraFacts: for each of these keys the call gives a value for, one entry:\n");
            custom.forEach(f -> out.append("- ").append(f.key()).append(": ").append(f.description()).append('\n'));
        }
        return out.toString();
    }

    static String callText(AnalysisRequest request, int maxChars) {
        StringBuilder out = new StringBuilder();
        Contact c = request.contact();
        if (c == null) {
            out.append("The caller is not in the CRM yet.\n");
        } else {
            out.append("The contact as the CRM knows it: name ").append(c.name())
                    .append("; lead status ").append(c.leadStatus())
                    .append("; event type ").append(orUnknown(c.eventType()))
                    .append("; event date ").append(orUnknown(c.eventDate()))
                    .append("; guests ").append(orUnknown(c.guestCount()))
                    .append("; venue ").append(orUnknown(c.venue()))
                    .append("; budget ").append(orUnknown(c.budget())).append(".\n");
        }
        out.append(request.call().direction() == com.voicedesk.domain.call.CallDirection.OUTBOUND
                ? "The company called the contact." : "The client called the company.").append('\n');
        out.append("Transcript (AGENT is the company, CALLER the client):\n");
        StringBuilder transcript = new StringBuilder();
        for (TranscriptSegment s : request.transcript()) {
            transcript.append(label(s)).append(": ").append(s.text()).append('\n');
        }
        out.append(cut(transcript.toString(), maxChars));
        return out.toString();
    }

    private static String label(TranscriptSegment s) {
        return switch (s.speaker()) {
            case AGENT, ADMIN -> "AGENT";
            case ASSISTANT -> "AGENT (AI)";
            case CALLER, CLIENT -> "CALLER";
            case UNKNOWN -> s.speakerLabel() == null ? "UNKNOWN" : s.speakerLabel();
        };
    }

    /** Keeps the start and the end of a transcript that is too long: that is where facts and decisions are. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int head = max * 2 / 3;
        int tail = max - head;
        return text.substring(0, head) + "\n[... part of the transcript left out ...]\n" + text.substring(text.length() - tail);
    }

    private static String orUnknown(Object value) {
        return value == null ? "unknown" : value.toString();
    }

    static AnalyzerOutput toOutput(AnalysisRequest request, String json, String analyzer) {
        AnalysisDocument d;
        try {
            d = JSON.readValue(json == null ? "" : json, AnalysisDocument.class);
        } catch (JsonProcessingException e) {
            throw new OpenAiFailure.Rejected("the analysis does not match its schema (" + e.getOriginalMessage() + ")", e);
        }
        if (d == null || d.sentiment() == null || d.outcome() == null) {
            throw new OpenAiFailure.Rejected("the analysis lacks its sentiment or outcome", null);
        }
        Set<String> keys = request.customFacts().stream().map(CustomFact::key).collect(Collectors.toSet());
        Map<String, String> extra = new LinkedHashMap<>();
        if (d.extraFacts() != null) {
            d.extraFacts().stream().filter(f -> f != null && keys.contains(f.key()) && f.value() != null
                    && !f.value().isBlank()).forEach(f -> extra.put(f.key(), clip(f.value(), 500)));
        }
        ExtractedFacts facts = new ExtractedFacts(d.eventType(), date(d.eventDate()),
                d.guestCount() != null && d.guestCount() >= 1 && d.guestCount() <= Contact.MAX_GUESTS ? d.guestCount() : null,
                d.venue() == null || d.venue().isBlank() ? null : clip(d.venue().strip(), 300),
                money(d.budgetAmount(), request), extra);
        FollowUp followUp = followUp(d.followUp(), request);
        List<String> actions = d.actionItems() == null ? List.of() : d.actionItems().stream()
                .filter(a -> a != null && !a.isBlank()).map(a -> clip(a.strip(), 500)).limit(50).toList();
        String summary = d.summary() == null || d.summary().isBlank() ? "No summary was given." : clip(d.summary(), 10_000);
        LeadStatus status = d.proposedLeadStatus();
        CallAnalysis analysis = new CallAnalysis(request.call().id(), request.call().tenantId(), summary, actions, facts,
                d.sentiment(), d.sentimentReason() == null ? null : clip(d.sentimentReason(), 1000), d.outcome(), status,
                followUp, clip(analyzer, 100), List.of(), request.now());
        List<FactField> listed = d.changedFacts() == null ? List.of()
                : d.changedFacts().stream().filter(Objects::nonNull).toList();
        Set<FactField> changed = listed.isEmpty() ? Set.of() : EnumSet.copyOf(listed);
        return new AnalyzerOutput(analysis, changed);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Money money(Double amount, AnalysisRequest request) {
        if (amount == null || amount < 0 || amount >= 1_000_000_000) {
            return null;
        }
        try {
            return new Money(BigDecimal.valueOf(amount), request.currency());
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private static FollowUp followUp(AnalysisDocument.FollowUpDocument f, AnalysisRequest request) {
        if (f == null || f.purpose() == null || f.notBefore() == null) {
            return null;
        }
        try {
            String local = f.notBefore().strip();
            LocalDateTime at = local.length() == 10 ? LocalDate.parse(local).atTime(10, 0)
                    : LocalDateTime.parse(local.length() > 16 ? local.substring(0, 16) : local);
            return new FollowUp(f.purpose(), at.atZone(request.timeZone()).toInstant(),
                    f.note() == null ? null : clip(f.note(), 1000));
        } catch (DateTimeParseException | InvalidValueException e) {
            return null;
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
