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

    /**
     * From a row of {@link ContactReadBatcher#COLUMNS}, by position (the hottest read of the API: no lookup of
     * columns by name); the conversion to the domain is {@link #toDomain(ContactEntity)}'s.
     */
    static Contact toDomain(Row r) {
        ContactEntity e = new ContactEntity();
        e.id = r.getUUID(0);
        e.tenantId = r.getUUID(1);
        e.name = r.getString(2);
        e.phone = r.getString(3);
        e.email = r.getString(4);
        e.eventType = r.getString(5);
        e.eventDate = r.getLocalDate(6);
        e.guestCount = r.getInteger(7);
        e.venue = r.getString(8);
        e.budgetAmount = r.getBigDecimal(9);
        e.budgetCurrency = r.getString(10);
        e.leadStatus = r.getString(11);
        e.timeZone = r.getString(12);
        e.doNotCall = r.getBoolean(13);
        e.callConsent = r.getBoolean(14);
        e.source = r.getString(15);
        e.createdAt = r.getOffsetDateTime(16).toInstant();
        e.updatedAt = r.getOffsetDateTime(17).toInstant();
        e.version = r.getLong(18);
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
