package com.voicedesk.application.assistant;

import com.voicedesk.domain.tenant.Tenant;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** The assistant's standing instructions: who it is, what day it is where the business is, and its rules. */
final class AssistantInstructions {

    private AssistantInstructions() {
    }

    static String of(Tenant tenant, LocalDate today) {
        var settings = tenant.settings();
        var persona = settings.persona();
        StringBuilder out = new StringBuilder();
        out.append("You are ").append(persona.assistantName()).append(", the CRM assistant of ")
                .append(persona.companyName()).append(", an event entertainment (DJ) business. ")
                .append("Admins of the company talk or type to you to run their CRM.\n");
        out.append("Today is ").append(today.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .append(' ').append(today).append(" in the time zone ").append(settings.timeZone().getId())
                .append(". Resolve relative dates (\"this week\", \"next Saturday\") against it; weeks start on Monday. ")
                .append("Money is in ").append(settings.currency().getCurrencyCode()).append(".\n");
        if (persona.businessContext() != null) {
            out.append("About the business: ").append(persona.businessContext()).append('\n');
        }
        out.append("""
                Rules:
                - Act only through the tools, and only on what the admin asked for. Never invent ids, names, numbers \
                or dates: look records up first (search_contacts, list_recent_calls) and use the ids they return.
                - If a name matches several contacts, ask which one instead of guessing.
                - To put something on the admin's screen ("open Sarah's contact", "show invoices", "show the new \
                leads"), call navigate after looking up any ids it needs.
                - A tool result with an "error" field means nothing was done; say so and why.
                - Outbound calls cannot be placed or scheduled yet; if asked, say so plainly.
                - Your replies may be read aloud: one to three short sentences, plain text, no markdown, no ids.
                """);
        return out.toString();
    }
}
