package com.voicedesk.adapters.ai.rules;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people say them. {@link #normalize} rewrites spelled-out numbers as digits ("a hundred and
 * twenty" to "120", "fifteen hundred" to "1500", "two thousand" to "2000") and drops thousands separators, so
 * that the fact rules only deal with digits. Ordinals ("twenty-first") are left for the date rules.
 */
final class TextNumbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));

    /** A run of number words: units, tens (optionally hyphenated with a unit), "hundred", "thousand", "a", "and". */
    private static final Pattern RUN = Pattern.compile(
            "\\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                    + "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                    + "hundred|thousand)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
                    + "(?:\\s+(?:and\\s+)?)?)+\\b(?!-)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}\\b)");
    private static final Pattern ORDINAL_WORD = Pattern.compile(
            "(?i)\\b(?:(twenty|thirty)[-\\s])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                    + "eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                    + "twentieth|thirtieth)\\b");

    private static final Pattern DAY_DIGITS = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");

    private TextNumbers() {
    }

    static String normalize(String text) {
        String plain = THOUSANDS.matcher(text).replaceAll("");
        Matcher m = RUN.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            String trailing = run.substring(run.stripTrailing().length());
            m.appendReplacement(out, Matcher.quoteReplacement(convertRun(run.strip()) + trailing));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Converts a run group by group: "and" joins a number only after "hundred" or "thousand" ("a hundred and
     * twenty"); anywhere else it separates two numbers ("eighty and a hundred").
     */
    private static String convertRun(String run) {
        String[] tokens = run.split("\\s+");
        StringBuilder out = new StringBuilder();
        StringBuilder group = new StringBuilder();
        String previous = "";
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            boolean joins = previous.equals("hundred") || previous.equals("thousand");
            if (lower.equals("and") && !joins) {
                flush(group, out);
                out.append(out.isEmpty() ? "" : " ").append(token);
            } else {
                group.append(group.isEmpty() ? "" : " ").append(token);
            }
            previous = lower;
        }
        flush(group, out);
        return out.toString();
    }

    private static void flush(StringBuilder group, StringBuilder out) {
        if (group.isEmpty()) {
            return;
        }
        String words = group.toString();
        String trailingAnd = "";
        if (words.toLowerCase(Locale.ROOT).endsWith(" and")) {
            trailingAnd = " and";
            words = words.substring(0, words.length() - 4);
        }
        Integer value = value(words);
        out.append(out.isEmpty() ? "" : " ").append(value == null ? words : value.toString()).append(trailingAnd);
        group.setLength(0);
    }

    /** The value of a run of number words, or {@code null} when it is not worth rewriting ("a", "one", "and"). */
    static Integer value(String words) {
        String[] tokens = words.toLowerCase(Locale.ROOT).split("[\\s]+");
        if (tokens.length == 1 && (tokens[0].equals("a") || tokens[0].equals("one") || tokens[0].equals("and"))) {
            return null;
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.equals("and")) {
                continue;
            }
            if (token.equals("a")) {
                if (i + 1 < tokens.length && (tokens[i + 1].equals("hundred") || tokens[i + 1].equals("thousand"))) {
                    current += 1;
                    continue;
                }
                return null;
            }
            for (String part : token.split("-")) {
                if (UNITS.containsKey(part)) {
                    current += UNITS.get(part);
                    any = true;
                } else if (TENS.containsKey(part)) {
                    current += TENS.get(part);
                    any = true;
                } else if (part.equals("hundred")) {
                    current = Math.max(current, 1) * 100;
                    any = true;
                } else if (part.equals("thousand")) {
                    total += Math.max(current, 1) * 1000;
                    current = 0;
                    any = true;
                } else {
                    return null;
                }
            }
        }
        long value = total + current;
        return any && value < 10_000_000 ? (int) value : null;
    }

    /** A day of the month written as digits ("21", "21st") or as an ordinal ("twenty-first", "fourth"). */
    static Integer dayOfMonth(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher digits = DAY_DIGITS.matcher(t);
        if (digits.matches()) {
            return Integer.parseInt(digits.group(1));
        }
        Matcher word = ORDINAL_WORD.matcher(t);
        if (word.matches()) {
            int tens = word.group(1) == null ? 0 : TENS.get(word.group(1).toLowerCase(Locale.ROOT));
            return tens + ORDINALS.get(word.group(2).toLowerCase(Locale.ROOT));
        }
        return null;
    }

    /** The regular expression of a day of the month, digits or ordinal words. */
    static String dayPattern() {
        return "(\\d{1,2}(?:st|nd|rd|th)?|(?:(?:twenty|thirty)[-\\s])?(?:first|second|third|fourth|fifth|sixth|"
                + "seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
                + "seventeenth|eighteenth|nineteenth|twentieth|thirtieth))";
    }
}
