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

import java.math.BigDecimal;
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

    /**
     * From a row of {@link ContactReadBatcher#COLUMNS}, by position (the hottest read of the API: no entity,
     * no lookup of columns by name).
     */
    static Contact toDomain(Row r) {
        String phone = r.getString(3);
        String email = r.getString(4);
        String eventType = r.getString(5);
        BigDecimal budget = r.getBigDecimal(9);
        String timeZone = r.getString(12);
        return new Contact(new ContactId(r.getUUID(0)), new TenantId(r.getUUID(1)), r.getString(2),
                phone == null ? null : new PhoneNumber(phone),
                email == null ? null : new EmailAddress(email),
                eventType == null ? null : EventType.valueOf(eventType),
                r.getLocalDate(6), r.getInteger(7), r.getString(8),
                budget == null ? null : new Money(budget, Currency.getInstance(r.getString(10).strip())),
                LeadStatus.valueOf(r.getString(11)),
                timeZone == null ? null : ZoneId.of(timeZone),
                r.getBoolean(13), r.getBoolean(14), ContactSource.valueOf(r.getString(15)),
                r.getOffsetDateTime(16).toInstant(), r.getOffsetDateTime(17).toInstant(), r.getLong(18));
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
