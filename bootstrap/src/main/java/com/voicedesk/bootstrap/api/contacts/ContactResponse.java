package com.voicedesk.bootstrap.api.contacts;

import com.voicedesk.bootstrap.api.common.MoneyDto;
import com.voicedesk.domain.contact.Contact;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.contact.LeadStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ContactResponse(
        UUID id,
        String name,
        String phone,
        String email,
        EventType eventType,
        LocalDate eventDate,
        Integer guestCount,
        String venue,
        MoneyDto budget,
        LeadStatus leadStatus,
        String timeZone,
        boolean doNotCall,
        boolean callConsent,
        ContactSource source,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static ContactResponse of(Contact c) {
        return new ContactResponse(c.id().value(), c.name(),
                c.phone() == null ? null : c.phone().value(),
                c.email() == null ? null : c.email().value(),
                c.eventType(), c.eventDate(), c.guestCount(), c.venue(), MoneyDto.of(c.budget()), c.leadStatus(),
                c.timeZone() == null ? null : c.timeZone().getId(), c.doNotCall(), c.callConsent(), c.source(),
                c.createdAt(), c.updatedAt(), c.version());
    }
}
