package com.voicedesk.application.assistant;

import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/** Who a tool acts for (always exactly one tenant), and the business's calendar and currency. */
public record ToolContext(TenantId tenant, String actor, ZoneId timeZone, Currency currency, Instant now) {

    public ToolContext {
        Require.nonNull(tenant, "tenant");
        actor = Require.text(actor, "actor", 200);
        Require.nonNull(timeZone, "timeZone");
        Require.nonNull(currency, "currency");
        Require.nonNull(now, "now");
    }

    public LocalDate today() {
        return now.atZone(timeZone).toLocalDate();
    }

    /** The start of a day in the business's time zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(timeZone).toInstant();
    }
}
