package com.voicedesk.domain.analysis;

import com.voicedesk.domain.contact.EventType;
import com.voicedesk.domain.shared.Money;
import com.voicedesk.domain.shared.Require;

import java.time.LocalDate;
import java.util.Map;

/** Facts heard in a call; {@code null} where the call did not say. {@code extra} holds tenant-defined facts. */
public record ExtractedFacts(
        EventType eventType,
        LocalDate eventDate,
        Integer guestCount,
        String venue,
        Money budget,
        Map<String, String> extra) {

    public ExtractedFacts {
        if (guestCount != null) {
            Require.range(guestCount, 1, 100_000, "facts.guestCount");
        }
        venue = Require.optionalText(venue, "facts.venue", 300);
        extra = Require.map(extra, "facts.extra", 50);
    }

    public static ExtractedFacts none() {
        return new ExtractedFacts(null, null, null, null, null, Map.of());
    }
}
