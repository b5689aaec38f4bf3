package com.voicedesk.bootstrap.api.contacts;

import com.voicedesk.bootstrap.api.common.MoneyDto;
import com.voicedesk.domain.contact.ContactChanges;
import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.shared.Patch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A new contact. Only {@code name} is required; {@code phone} is E.164 ("+15550102000"; spaces and dashes are fine). */
public record ContactCreateRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 40) String phone,
        @Size(max = 254) String email,
        EventType eventType,
        LocalDate eventDate,
        @Min(1) @Max(100_000) Integer guestCount,
        @Size(max = 300) String venue,
        @Valid MoneyDto budget,
        @Size(max = 64) String timeZone,
        Boolean doNotCall,
        Boolean callConsent) {

    ContactChanges toChanges() {
        return new ContactChanges(null,
                Patch.set(ContactFields.phone(phone)),
                Patch.set(ContactFields.email(email)),
                Patch.set(eventType),
                Patch.set(eventDate),
                Patch.set(guestCount),
                Patch.set(venue),
                Patch.set(budget == null ? null : budget.toDomain()),
                Patch.set(ContactFields.timeZone(timeZone)),
                Patch.set(Boolean.TRUE.equals(doNotCall)),
                Patch.set(Boolean.TRUE.equals(callConsent)));
    }
}
