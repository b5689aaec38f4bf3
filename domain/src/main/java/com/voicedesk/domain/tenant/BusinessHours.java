package com.voicedesk.domain.tenant;

import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.Require;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/** The hours the business answers, in the tenant's time zone. */
public record BusinessHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    public BusinessHours {
        Require.nonNull(days, "businessHours.days");
        Require.nonNull(opens, "businessHours.opens");
        Require.nonNull(closes, "businessHours.closes");
        if (!opens.isBefore(closes)) {
            throw new InvalidValueException("businessHours", "must open before it closes");
        }
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public static BusinessHours weekdaysNineToSix() {
        return new BusinessHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0));
    }

    public boolean isOpen(ZonedDateTime localTime) {
        LocalTime time = localTime.toLocalTime();
        return days.contains(localTime.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }
}
