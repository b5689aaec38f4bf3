package com.voicedesk.domain.contact;

import com.voicedesk.domain.shared.EmailAddress;
import com.voicedesk.domain.shared.Money;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.Require;
import com.voicedesk.domain.shared.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A lead or client of the tenant. Optional fields are {@code null} when unknown. {@code version} is
 * the optimistic-lock counter: an update made from a stale copy is refused by the repository.
 */
public record Contact(
        ContactId id,
        TenantId tenantId,
        String name,
        PhoneNumber phone,
        EmailAddress email,
        EventType eventType,
        LocalDate eventDate,
        Integer guestCount,
        String venue,
        Money budget,
        LeadStatus leadStatus,
        ZoneId timeZone,
        boolean doNotCall,
        boolean callConsent,
        ContactSource source,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static final int MAX_GUESTS = 100_000;

    public Contact {
        Require.nonNull(id, "id");
        Require.nonNull(tenantId, "tenantId");
        name = Require.text(name, "name", 200);
        if (guestCount != null) {
            Require.range(guestCount, 1, MAX_GUESTS, "guestCount");
        }
        venue = Require.optionalText(venue, "venue", 300);
        Require.nonNull(leadStatus, "leadStatus");
        Require.nonNull(source, "source");
        Require.nonNull(createdAt, "createdAt");
        Require.nonNull(updatedAt, "updatedAt");
    }

    /** A new lead with only a name; fill the rest with {@link #apply}. */
    public static Contact newLead(TenantId tenant, String name, ContactSource source, Instant now) {
        return new Contact(ContactId.random(), tenant, name, null, null, null, null, null, null, null,
                LeadStatus.NEW, null, false, false, source, now, now, 0);
    }

    /** The contact with the given changes; the lead status changes only through {@link #withLeadStatus}. */
    public Contact apply(ContactChanges changes, Instant now) {
        return new Contact(id, tenantId,
                changes.name().applyTo(name),
                changes.phone().applyTo(phone),
                changes.email().applyTo(email),
                changes.eventType().applyTo(eventType),
                changes.eventDate().applyTo(eventDate),
                changes.guestCount().applyTo(guestCount),
                changes.venue().applyTo(venue),
                changes.budget().applyTo(budget),
                leadStatus,
                changes.timeZone().applyTo(timeZone),
                changes.doNotCall().applyTo(doNotCall),
                changes.callConsent().applyTo(callConsent),
                source, createdAt, now, version);
    }

    /** Moves the lead status along the allowed transitions (see {@link LeadStatus}). */
    public Contact withLeadStatus(LeadStatus next, Instant now) {
        return new Contact(id, tenantId, name, phone, email, eventType, eventDate, guestCount, venue, budget,
                leadStatus.moveTo(next), timeZone, doNotCall, callConsent, source, createdAt, now, version);
    }

    /** Whether the contact may be called by the AI at all (the time of day is the compliance policy's job). */
    public boolean mayBeCalled() {
        return phone != null && !doNotCall;
    }
}
