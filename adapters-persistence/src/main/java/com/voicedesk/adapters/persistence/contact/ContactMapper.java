package com.voicedesk.adapters.persistence.contact;

import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.EmailAddress;
import com.voicedesk.domain.shared.Money;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.shared.TenantId;
import io.vertx.mutiny.sqlclient.Row;

import java.time.ZoneId;
import java.util.Currency;

final class ContactMapper {

    private ContactMapper() {
    }

    /** Copies everything but id, tenant, creation time and version, which are the row's own. */
    static void copy(Contact c, ContactEntity e) {
        e.name = c.name();
        e.phone = c.phone() == null ? null : c.phone().value();
        e.email = c.email() == null ? null : c.email().value();
        e.eventType = c.eventType() == null ? null : c.eventType().name();
        e.eventDate = c.eventDate();
        e.guestCount = c.guestCount();
        e.venue = c.venue();
        e.budgetAmount = c.budget() == null ? null : c.budget().amount();
        e.budgetCurrency = c.budget() == null ? null : c.budget().currency().getCurrencyCode();
        e.leadStatus = c.leadStatus().name();
        e.timeZone = c.timeZone() == null ? null : c.timeZone().getId();
        e.doNotCall = c.doNotCall();
        e.callConsent = c.callConsent();
        e.source = c.source().name();
        e.updatedAt = c.updatedAt();
    }

    static ContactEntity newEntity(Contact c) {
        ContactEntity e = new ContactEntity();
        e.id = c.id().value();
        e.tenantId = c.tenantId().value();
        e.createdAt = c.createdAt();
        copy(c, e);
        return e;
    }

    /** From a row of {@code select id, tenant_id, name, ... version from contacts} (see the repository). */
    static Contact toDomain(Row r) {
        ContactEntity e = new ContactEntity();
        e.id = r.getUUID("id");
        e.tenantId = r.getUUID("tenant_id");
        e.name = r.getString("name");
        e.phone = r.getString("phone");
        e.email = r.getString("email");
        e.eventType = r.getString("event_type");
        e.eventDate = r.getLocalDate("event_date");
        e.guestCount = r.getInteger("guest_count");
        e.venue = r.getString("venue");
        e.budgetAmount = r.getBigDecimal("budget_amount");
        e.budgetCurrency = r.getString("budget_currency");
        e.leadStatus = r.getString("lead_status");
        e.timeZone = r.getString("time_zone");
        e.doNotCall = r.getBoolean("do_not_call");
        e.callConsent = r.getBoolean("call_consent");
        e.source = r.getString("source");
        e.createdAt = r.getOffsetDateTime("created_at").toInstant();
        e.updatedAt = r.getOffsetDateTime("updated_at").toInstant();
        e.version = r.getLong("version");
        return toDomain(e);
    }

    static Contact toDomain(ContactEntity e) {
        return new Contact(new ContactId(e.id), new TenantId(e.tenantId), e.name,
                e.phone == null ? null : new PhoneNumber(e.phone),
                e.email == null ? null : new EmailAddress(e.email),
                e.eventType == null ? null : EventType.valueOf(e.eventType),
                e.eventDate, e.guestCount, e.venue,
                e.budgetAmount == null ? null : new Money(e.budgetAmount, Currency.getInstance(e.budgetCurrency.strip())),
                LeadStatus.valueOf(e.leadStatus),
                e.timeZone == null ? null : ZoneId.of(e.timeZone),
                e.doNotCall, e.callConsent, ContactSource.valueOf(e.source), e.createdAt, e.updatedAt, e.version);
    }
}
