package com.voicedesk.bootstrap.admin;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.tenant.AssistantPersona;
import com.voicedesk.domain.tenant.BusinessHours;
import com.voicedesk.domain.tenant.CallRouting;
import com.voicedesk.domain.tenant.TenantSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;

/**
 * Tenant settings in the API. In a request every part is optional and replaces only that part of the current
 * settings; in a response every part is present.
 */
public record TenantSettingsDto(
        @Size(max = 64) String timeZone,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
        @Valid PersonaDto persona,
        @Valid BusinessHoursDto businessHours,
        @Valid CallRoutingDto callRouting,
        @Size(max = 500) String recordingDisclosure) {

    public record PersonaDto(@NotBlank @Size(max = 60) String assistantName, @NotBlank @Size(max = 120) String companyName,
                             @Size(max = 4000) String businessContext) {
    }

    public record BusinessHoursDto(@NotNull List<DayOfWeek> days, @NotBlank String opens, @NotBlank String closes) {
    }

    /** {@code sipUri}: the LiveKit SIP URI Twilio dials in LIVEKIT mode, {@code {room}} standing for the room name. */
    public record CallRoutingDto(@NotNull CallRouting.Mode mode, @Size(max = 40) String forwardTo,
                                 @Size(max = 300) String sipUri) {
    }

    public static TenantSettingsDto of(TenantSettings s) {
        return new TenantSettingsDto(s.timeZone().getId(), s.currency().getCurrencyCode(),
                new PersonaDto(s.persona().assistantName(), s.persona().companyName(), s.persona().businessContext()),
                new BusinessHoursDto(s.businessHours().days().stream().sorted().toList(),
                        s.businessHours().opens().toString(), s.businessHours().closes().toString()),
                new CallRoutingDto(s.callRouting().mode(),
                        s.callRouting().forwardTo() == null ? null : s.callRouting().forwardTo().value(),
                        s.callRouting().sipUri()),
                s.recordingDisclosure());
    }

    /** These settings laid over {@code current}: parts left out are kept. */
    public TenantSettings applyTo(TenantSettings current) {
        return new TenantSettings(
                timeZone == null ? current.timeZone() : zone(timeZone),
                currency == null ? current.currency() : Currency.getInstance(currency),
                persona == null ? current.persona()
                        : new AssistantPersona(persona.assistantName(), persona.companyName(), persona.businessContext()),
                businessHours == null ? current.businessHours()
                        : new BusinessHours(businessHours.days().isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                        : EnumSet.copyOf(businessHours.days()), time(businessHours.opens(), "businessHours.opens"),
                        time(businessHours.closes(), "businessHours.closes")),
                callRouting == null ? current.callRouting()
                        : new CallRouting(callRouting.mode(), callRouting.forwardTo() == null || callRouting.forwardTo().isBlank()
                        ? null : PhoneNumber.parse(callRouting.forwardTo()), callRouting.sipUri()),
                recordingDisclosure == null ? current.recordingDisclosure() : recordingDisclosure);
    }

    private static ZoneId zone(String raw) {
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            throw new InvalidValueException("settings.timeZone", "must be an IANA time zone such as America/Chicago");
        }
    }

    private static LocalTime time(String raw, String field) {
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be a time such as 09:00");
        }
    }
}
