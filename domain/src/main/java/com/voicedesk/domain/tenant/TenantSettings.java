package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.Require;

import java.time.ZoneId;
import java.util.Currency;

/**
 * The non-secret settings of a tenant. Provider secrets live apart, in {@link ProviderCredentials},
 * and are only loaded where a provider is called.
 */
public record TenantSettings(
        ZoneId timeZone,
        Currency currency,
        AssistantPersona persona,
        BusinessHours businessHours,
        CallRouting callRouting,
        String recordingDisclosure) {

    public TenantSettings {
        Require.nonNull(timeZone, "timeZone");
        Require.nonNull(currency, "currency");
        Require.nonNull(persona, "persona");
        Require.nonNull(businessHours, "businessHours");
        Require.nonNull(callRouting, "callRouting");
        recordingDisclosure = Require.optionalText(recordingDisclosure, "recordingDisclosure", 500);
    }

    public static TenantSettings defaults(String companyName) {
        return new TenantSettings(ZoneId.of("America/Chicago"), Currency.getInstance("USD"),
                AssistantPersona.defaultFor(companyName), BusinessHours.weekdaysNineToSix(), CallRouting.none(), null);
    }
}
