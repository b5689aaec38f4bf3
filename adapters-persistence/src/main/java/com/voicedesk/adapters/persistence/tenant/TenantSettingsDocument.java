package com.voicedesk.adapters.persistence.tenant;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.voicedesk.domain.shared.PhoneNumber;
import com.voicedesk.domain.tenant.AssistantPersona;
import com.voicedesk.domain.tenant.BusinessHours;
import com.voicedesk.domain.tenant.CallRouting;
import com.voicedesk.domain.tenant.TenantSettings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;

/** The JSON shape of {@code tenants.settings}. Field names are the stored format: rename with a migration. */
@RegisterForReflection(ignoreNested = false)
record TenantSettingsDocument(
        String timeZone,
        String currency,
        Persona persona,
        Hours businessHours,
        Routing callRouting,
        String recordingDisclosure) {

    record Persona(String assistantName, String companyName, String businessContext) {
    }

    record Hours(List<DayOfWeek> days, String opens, String closes) {
    }

    /** {@code sipUri} came with issue 4; documents written before it have none (null). */
    record Routing(String mode, String forwardTo, String sipUri) {
    }

    static TenantSettingsDocument of(TenantSettings s) {
        return new TenantSettingsDocument(
                s.timeZone().getId(),
                s.currency().getCurrencyCode(),
                new Persona(s.persona().assistantName(), s.persona().companyName(), s.persona().businessContext()),
                new Hours(List.copyOf(s.businessHours().days()), s.businessHours().opens().toString(),
                        s.businessHours().closes().toString()),
                new Routing(s.callRouting().mode().name(),
                        s.callRouting().forwardTo() == null ? null : s.callRouting().forwardTo().value(),
                        s.callRouting().sipUri()),
                s.recordingDisclosure());
    }

    TenantSettings toDomain() {
        return new TenantSettings(
                ZoneId.of(timeZone),
                Currency.getInstance(currency),
                new AssistantPersona(persona.assistantName(), persona.companyName(), persona.businessContext()),
                new BusinessHours(businessHours.days().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(businessHours.days()),
                        LocalTime.parse(businessHours.opens()), LocalTime.parse(businessHours.closes())),
                new CallRouting(CallRouting.Mode.valueOf(callRouting.mode()),
                        callRouting.forwardTo() == null ? null : new PhoneNumber(callRouting.forwardTo()),
                        callRouting.sipUri()),
                recordingDisclosure);
    }
}
