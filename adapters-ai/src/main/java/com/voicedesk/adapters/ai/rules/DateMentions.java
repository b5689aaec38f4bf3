package com.voicedesk.adapters.ai.rules;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates in a conversation, absolute ("June 13th", "the twenty-first of November", "6/20",
 * "April 10, 2027") and relative to the day of the call ("this Saturday", "next Thursday", "a week from this
 * Friday", "two weeks from Saturday", "the last Saturday in May", "tomorrow"). A month mentioned alone ("in
 * October") is remembered, so that a later "the 24th" resolves. Feed it the sentences in order; it expects
 * numbers already normalised to digits ({@link TextNumbers}).
 * <p>
 * Conventions: a month and day without a year is the next such date on or after today; "this Saturday" is the
 * coming one; "next Saturday" is the one in the following week (weeks start on Monday).
 */
final class DateMentions {

    enum Kind { EXPLICIT, NUMERIC, WEEKDAY, NEAR_DAY, DAY_ONLY, OFFSET }

    record Mention(LocalDate date, int start, int end, Kind kind) {
    }

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String DAY = TextNumbers.dayPattern();
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";

    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(?:the\\s+)?" + DAY + "\\b" + YEAR,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(?:the\\s+)?" + DAY + "\\s+of\\s+" + MONTH + YEAR,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])");
    private static final Pattern NTH_WEEKDAY = Pattern.compile("\\bthe\\s+(first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+"
            + WEEKDAY + "\\s+(?:in|of)\\s+" + MONTH, Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKS_FROM = Pattern.compile("\\b(a|one|\\d{1,2})\\s+weeks?\\s+from\\s+(this\\s+|next\\s+)?"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_NEXT = Pattern.compile("\\b" + WEEKDAY + "\\s+after\\s+next\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT = Pattern.compile("\\bnext\\s+" + WEEKDAY + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS = Pattern.compile("\\b(?:this\\s+coming|this|coming)\\s+" + WEEKDAY + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_WEEKDAY = Pattern.compile("\\b(?<!\\ba\\s)(?<!\\bevery\\s)" + WEEKDAY + "\\b(?!s)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEAR_DAY = Pattern.compile("\\b(the\\s+day\\s+after\\s+tomorrow|tomorrow|today|tonight)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_PERIOD = Pattern.compile("\\bin\\s+(a|one|\\d{1,2})\\s+(days?|weeks?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_ONLY = Pattern.compile("\\bthe\\s+(\\d{1,2})(st|nd|rd|th)\\b(?!\\s+of\\b)(?!\\s+(?:anniversary|birthday))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_ALONE = Pattern.compile("\\b(?:in|of|this|next|early|late|mid)\\s+(?:mid-)?"
            + "(january|february|march|april|may|june|july|august|september|october|november|december)\\b",
            Pattern.CASE_INSENSITIVE);

    private final LocalDate today;
    private Month lastMonth;

    DateMentions(LocalDate today) {
        this.today = today;
    }

    /** The dates in one sentence, in order of appearance. */
    List<Mention> find(String sentence) {
        List<Mention> found = new ArrayList<>();
        BitSet taken = new BitSet(sentence.length());

        Matcher m = NTH_WEEKDAY.matcher(sentence);
        while (m.find()) {
            Month month = month(m.group(3));
            if (month != null) {
                add(found, taken, nthWeekday(ordinal(m.group(1)), weekday(m.group(2)), month), m, Kind.EXPLICIT);
            }
        }
        m = MONTH_DAY.matcher(sentence);
        while (m.find()) {
            if (isMayTheVerb(m.group(1))) {
                continue;
            }
            Month month = month(m.group(1));
            Integer day = TextNumbers.dayOfMonth(m.group(2));
            add(found, taken, monthDay(month, day, m.group(3)), m, Kind.EXPLICIT);
        }
        m = DAY_OF_MONTH.matcher(sentence);
        while (m.find()) {
            if (isMayTheVerb(m.group(2))) {
                continue;
            }
            add(found, taken, monthDay(month(m.group(2)), TextNumbers.dayOfMonth(m.group(1)), m.group(3)), m, Kind.EXPLICIT);
        }
        m = NUMERIC.matcher(sentence);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                String year = m.group(3) == null ? null : m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
                add(found, taken, monthDay(Month.of(month), day, year), m, Kind.NUMERIC);
            }
        }
        m = WEEKS_FROM.matcher(sentence);
        while (m.find()) {
            int weeks = m.group(1).matches("\\d+") ? Integer.parseInt(m.group(1)) : 1;
            String base = m.group(3).toLowerCase(Locale.ROOT);
            LocalDate from = switch (base) {
                case "today" -> today;
                case "tomorrow" -> today.plusDays(1);
                default -> m.group(2) != null && m.group(2).strip().equalsIgnoreCase("next")
                        ? nextWeek(weekday(base)) : coming(weekday(base));
            };
            add(found, taken, from.plusWeeks(weeks), m, Kind.WEEKDAY);
        }
        m = AFTER_NEXT.matcher(sentence);
        while (m.find()) {
            add(found, taken, coming(weekday(m.group(1))).plusWeeks(1), m, Kind.WEEKDAY);
        }
        m = NEXT.matcher(sentence);
        while (m.find()) {
            add(found, taken, nextWeek(weekday(m.group(1))), m, Kind.WEEKDAY);
        }
        m = THIS.matcher(sentence);
        while (m.find()) {
            add(found, taken, coming(weekday(m.group(1))), m, Kind.WEEKDAY);
        }
        m = IN_PERIOD.matcher(sentence);
        while (m.find()) {
            int n = m.group(1).matches("\\d+") ? Integer.parseInt(m.group(1)) : 1;
            LocalDate date = m.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? today.plusWeeks(n) : today.plusDays(n);
            add(found, taken, date, m, Kind.OFFSET);
        }
        m = NEAR_DAY.matcher(sentence);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate date = word.startsWith("the day after") ? today.plusDays(2)
                    : word.equals("tomorrow") ? today.plusDays(1) : today;
            add(found, taken, date, m, Kind.NEAR_DAY);
        }
        m = MONTH_ALONE.matcher(sentence);
        while (m.find()) {
            if (!taken.get(m.start(1))) {
                lastMonth = month(m.group(1));
            }
        }
        m = DAY_ONLY.matcher(sentence);
        while (m.find()) {
            if (lastMonth != null) {
                add(found, taken, monthDay(lastMonth, Integer.parseInt(m.group(1)), null), m, Kind.DAY_ONLY);
            }
        }
        Matcher bare = BARE_WEEKDAY.matcher(sentence);
        while (bare.find()) {
            // "Saturday, April 25th": the explicit date that follows is the mention, not the weekday
            int end = bare.end();
            boolean dateFollows = found.stream().anyMatch(f -> f.start() >= end && f.start() - end <= 20);
            if (!dateFollows) {
                add(found, taken, coming(weekday(bare.group(1))), bare, Kind.WEEKDAY);
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        for (Mention mention : found) {
            if (mention.kind() == Kind.EXPLICIT || mention.kind() == Kind.NUMERIC) {
                lastMonth = mention.date().getMonth();
            }
        }
        return found;
    }

    private static void add(List<Mention> found, BitSet taken, LocalDate date, Matcher m, Kind kind) {
        if (date == null || taken.get(m.start(), m.end()).cardinality() > 0) {
            return;
        }
        taken.set(m.start(), m.end());
        found.add(new Mention(date, m.start(), m.end(), kind));
    }

    /** "May" is a month only when written as one: "we may 2x" is a verb. */
    private static boolean isMayTheVerb(String word) {
        return word.equals("may");
    }

    private LocalDate monthDay(Month month, Integer day, String year) {
        if (month == null || day == null) {
            return null;
        }
        try {
            if (year != null) {
                int y = Integer.parseInt(year);
                return y >= 2000 && y <= 2100 ? LocalDate.of(y, month, day) : null;
            }
            LocalDate date = LocalDate.of(today.getYear(), month, day);
            return date.isBefore(today) ? LocalDate.of(today.getYear() + 1, month, day) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private LocalDate nthWeekday(int nth, DayOfWeek day, Month month) {
        LocalDate date = nthWeekdayIn(today.getYear(), nth, day, month);
        return date.isBefore(today) ? nthWeekdayIn(today.getYear() + 1, nth, day, month) : date;
    }

    private static LocalDate nthWeekdayIn(int year, int nth, DayOfWeek day, Month month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return nth < 0 ? first.with(TemporalAdjusters.lastInMonth(day))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, day));
    }

    /** The coming occurrence of a weekday: today if it is that day. */
    LocalDate coming(DayOfWeek day) {
        return today.with(TemporalAdjusters.nextOrSame(day));
    }

    /** The occurrence in the following week (Monday to Sunday). */
    LocalDate nextWeek(DayOfWeek day) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1).plusDays(day.getValue() - 1L);
    }

    private static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> 4;
            default -> -1;
        };
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
                return month;
            }
        }
        return null;
    }
}
