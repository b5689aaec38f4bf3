package com.voicedesk.adapters.ai.rules;

import com.voicedesk.domain.analysis.CustomFact;
import com.voicedesk.domain.contact.EventType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of a call, found by rules: every candidate mention is scored by its wording and context (the
 * question it answers, who said it, whether it is a callback time, a past figure or a stated change), and the
 * best one wins; on a tie, the later mention (updates come later in a call).
 */
final class FactRules {

    /** A fact with whether the call states it as a change ("moved us to the 19th", "now at 210"). */
    record Found<T>(T value, boolean changed) {
    }

    private FactRules() {
    }

    // ---------------------------------------------------------------------------------------------- event type

    private static final Map<EventType, Pattern> EVENT_TYPES = eventTypes();

    private static Map<EventType, Pattern> eventTypes() {
        Map<EventType, Pattern> types = new LinkedHashMap<>();
        types.put(EventType.QUINCEANERA, words("quinceañera|quinceanera|quince|xv años"));
        types.put(EventType.BAR_MITZVAH, words("bar mitzvah|bat mitzvah|b'nai mitzvah|bnai mitzvah|mitzvah"));
        types.put(EventType.SCHOOL_DANCE, words("prom|homecoming|school dance|formal dance|winter formal|sadie hawkins"));
        types.put(EventType.ANNIVERSARY, words("anniversary"));
        types.put(EventType.HOLIDAY_PARTY, words("christmas party|holiday party|new year's eve|new years eve|halloween party"));
        types.put(EventType.WEDDING, words("wedding|married|bride|groom|fiancé|fiance|fiancée|rehearsal dinner|"
                + "ceremony and (?:the )?reception|reception and (?:the )?ceremony|first dance|father-daughter dance"));
        types.put(EventType.BIRTHDAY, words("birthday|sweet 16|sweet sixteen"));
        types.put(EventType.CORPORATE, words("corporate|company event|company party|company picnic|client appreciation|"
                + "sales kickoff|kickoff|conference|employees|team building|gala|fundraiser|events team|our company"));
        types.put(EventType.PRIVATE_PARTY, words("graduation|retirement|surprise party|reunion|block party|"
                + "engagement party|baby shower|bridal shower|party"));
        return types;
    }

    static EventType eventType(CallText text) {
        String all = text.allLower();
        // a ceremony and a reception in one call is a wedding, whatever order they come in
        if (all.contains("ceremony") && all.contains("reception") && !EVENT_TYPES.get(EventType.BAR_MITZVAH).matcher(all).find()
                && !EVENT_TYPES.get(EventType.QUINCEANERA).matcher(all).find()) {
            return EventType.WEDDING;
        }
        for (Map.Entry<EventType, Pattern> entry : EVENT_TYPES.entrySet()) {
            if (entry.getValue().matcher(all).find()) {
                return entry.getKey();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- event date

    private static final Pattern EVENT_CUE = words("wedding|married|marry|party|event|reception|ceremony|prom|date|day|"
            + "booked|booking|celebration|picnic|birthday|anniversary|quinceañera|quince|mitzvah|kickoff|service|gala|"
            + "dance|available|planning for|getting married|need a dj|looking for a dj|it's on|is on");
    private static final Pattern WHEN_ASKED = words("when|what date|what's the date|which date|what day|big day|the date");
    private static final Pattern CALLBACK = Pattern.compile("\\b(call (me|you|us|him|her|back)|give (me|us) a call|"
            + "reach (me|you)|talk (then|to you)|follow up|get back to|text me|email me|call\\b.*\\bback)\\b");
    private static final Pattern CHANGE = words("moved|move|moving|changed|change|changing|switched|switch|pushed|"
            + "rescheduled|reschedule|instead|new date|now");

    static Found<LocalDate> eventDate(CallText text, LocalDate today) {
        DateMentions dates = new DateMentions(today);
        LocalDate best = null;
        boolean bestChanged = false;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (CallText.Sentence s : text.sentences()) {
            for (DateMentions.Mention mention : dates.find(s.text())) {
                double score = switch (mention.kind()) {
                    case EXPLICIT, NUMERIC -> 2;
                    case WEEKDAY, DAY_ONLY -> 1.5;
                    case OFFSET -> 1;
                    case NEAR_DAY -> 0.5;
                };
                if (EVENT_CUE.matcher(s.lower()).find()) {
                    score += 2;
                }
                if (WHEN_ASKED.matcher(s.asked().toLowerCase(Locale.ROOT)).find()) {
                    score += 2;
                }
                if (CALLBACK.matcher(s.lower()).find()) {
                    score -= 4;
                }
                String before = s.lower().substring(0, mention.start());
                if (before.endsWith("by ") || before.endsWith("by the ")) {
                    score -= 3;
                }
                boolean changed = CHANGE.matcher(before).find();
                if (changed) {
                    score += 3;
                }
                if (mention.date().isBefore(today)) {
                    score -= 5;
                }
                if (!s.company()) {
                    score += 0.5;
                }
                if (score >= 1.5 && score >= bestScore) {
                    best = mention.date();
                    bestScore = score;
                    bestChanged = changed;
                }
            }
        }
        return best == null ? null : new Found<>(best, bestChanged);
    }

    // --------------------------------------------------------------------------------------------- guest count

    private static final String PEOPLE = "(guests|people|persons|attendees|employees|students|kids|children|adults|"
            + "friends|folks|reps|couples|members|invitees|tickets)";
    private static final String APPROX = "(?:(?:about|around|roughly|maybe|approximately|up to|close to|over|almost|"
            + "nearly|like|probably|somewhere around|just about|at least|at most|still)\\s+)?";
    private static final String NOT_A_COUNT = "(?!\\s*(?:st|nd|rd|th|dollars|bucks|k|grand|hours?|hrs|minutes?|weeks?|days?|"
            + "years?|months?|%|percent|pm|am|o'clock)\\b)(?![\\d/:-])";
    private static final Pattern RANGE = Pattern.compile("\\b(?:between\\s+)?(\\d{1,5})\\s*(?:and|to|-)\\s*(\\d{1,5})\\s+"
            + "(?:[a-z]+\\s+)?" + PEOPLE + "\\b");
    private static final Pattern NOUN_AFTER = Pattern.compile("(?<![$\\d.,])\\b(\\d{1,5})" + NOT_A_COUNT
            + "(?:\\s*\\+)?\\s+(?:[a-z]+\\s+)?" + PEOPLE + "\\b");
    private static final Pattern CUE = Pattern.compile("\\b(expecting|expect|inviting|invite|invited|planning for|plan for|"
            + "headcount(?: is| of)?|guest list(?: is)?(?: at)?|guest count(?: is)?|now at|party of|we have|"
            + "there will be|there'll be|looking at|we're at|we are at)\\s+" + APPROX + "(\\d{1,5})\\b" + NOT_A_COUNT);
    private static final Pattern TAIL = Pattern.compile("(?<![$\\d.,])\\b(\\d{1,5})\\s*,?\\s+(?:on the list|if everyone comes|"
            + "give or take|or so|total|max)\\b");
    private static final Pattern NOUN_BEFORE = Pattern.compile("\\b(guests|people|kids|adults|parents|together|everyone)\\b"
            + "[^.?!]{0,25}?\\b(?:about|around|roughly|maybe|probably|approximately)\\s+(\\d{1,5})\\b" + NOT_A_COUNT);
    private static final Pattern HOW_MANY = words("how many|how big|how large|headcount|guest count|how many people");
    private static final Pattern BARE = Pattern.compile("(?<![$\\d.,/-])\\b(\\d{1,5})\\b" + NOT_A_COUNT);
    private static final Pattern PAST = words("last year|last time|in the past|used to");
    private static final Pattern COUNT_CHANGE = words("now|went up|gone up|go up|went down|gone down|increased|"
            + "decreased|changed|updated|grew|instead of");
    private static final Pattern INSTEAD_OF = Pattern.compile("\\binstead of\\s+(?:the\\s+)?(\\d{1,5})\\b");

    static Found<Integer> guestCount(CallText text) {
        Integer best = null;
        boolean bestChanged = false;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (CallText.Sentence s : text.sentences()) {
            String l = s.lower();
            java.util.List<double[]> candidates = new java.util.ArrayList<>(); // {value, start, score}
            Matcher m = RANGE.matcher(l);
            while (m.find()) {
                int upper = Math.max(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                candidates.add(new double[]{upper, m.start(2), nounScore(m.group(3))});
            }
            m = NOUN_AFTER.matcher(l);
            while (m.find()) {
                candidates.add(new double[]{Integer.parseInt(m.group(1)), m.start(1), nounScore(m.group(2))});
            }
            m = CUE.matcher(l);
            while (m.find()) {
                candidates.add(new double[]{Integer.parseInt(m.group(2)), m.start(2), 3});
            }
            m = TAIL.matcher(l);
            while (m.find()) {
                candidates.add(new double[]{Integer.parseInt(m.group(1)), m.start(1), 3});
            }
            m = NOUN_BEFORE.matcher(l);
            while (m.find()) {
                candidates.add(new double[]{Integer.parseInt(m.group(2)), m.start(2), 2.5});
            }
            if (HOW_MANY.matcher(s.asked().toLowerCase(Locale.ROOT)).find()) {
                m = BARE.matcher(l);
                if (m.find()) {
                    candidates.add(new double[]{Integer.parseInt(m.group(1)), m.start(1), 2.5});
                }
            }
            Matcher instead = INSTEAD_OF.matcher(l);
            java.util.Set<Integer> replaced = new java.util.HashSet<>();
            while (instead.find()) {
                replaced.add(instead.start(1));
            }
            for (double[] c : candidates) {
                int value = (int) c[0];
                int start = (int) c[1];
                double score = c[2];
                if (value < 2 || value > 100_000 || (value >= 1900 && value <= 2100 && c[2] < 3)) {
                    continue;
                }
                String clause = clause(l, start);
                if (PAST.matcher(clause).find()) {
                    score -= 3;
                }
                if (replaced.contains(start)) {
                    score -= 5;
                }
                boolean changed = COUNT_CHANGE.matcher(clause).find() && !replaced.contains(start);
                if (changed) {
                    score += 2;
                }
                if (!s.company()) {
                    score += 0.5;
                }
                if (score >= 2 && score >= bestScore) {
                    best = value;
                    bestScore = score;
                    bestChanged = changed;
                }
            }
        }
        return best == null ? null : new Found<>(best, bestChanged);
    }

    private static double nounScore(String noun) {
        return noun.equals("tickets") ? 1.5 : 3;
    }

    /** The part of a sentence around {@code index} between commas, semicolons, "and" and "but". */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(",|;| and | but | so ");

    static String clause(String sentence, int index) {
        Pattern boundary = CLAUSE_BOUNDARY;
        int start = 0;
        int end = sentence.length();
        Matcher m = boundary.matcher(sentence);
        while (m.find()) {
            if (m.end() <= index) {
                start = m.end();
            } else if (m.start() >= index) {
                end = m.start();
                break;
            }
        }
        return sentence.substring(start, end);
    }

    // -------------------------------------------------------------------------------------------------- venue

    private static final Pattern VENUE = Pattern.compile(
            "(?i:\\b(at|booked|rented|reserved|venue is|venue will be|venue's)\\s+)(?:the\\s+)?"
                    + "((?:The\\s+)?[A-Z][\\w'’&-]*(?:\\s+(?:(?:and|of|at|&|de|del|la|los|las)\\s+)?[A-Z0-9][\\w'’&-]*)*)");
    /** A name opening an answer to "where?" ("Chickasaw Country Club."): capitalised words, as for {@link #VENUE}. */
    private static final Pattern LEADING_NAME = Pattern.compile(
            "^(?i:(?:at|in|it's at|it's|the)\\s+)?((?:The\\s+)?[A-Z][\\w'’&-]*(?:\\s+(?:(?:and|of|at|&)\\s+)?[A-Z0-9][\\w'’&-]*)*)");
    private static final Pattern VENUE_WORD = words("hotel|hall|club|center|centre|garden|gardens|park|mansion|farm|"
            + "church|chapel|temple|synagogue|ballroom|museum|gallery|inn|resort|lodge|barn|shell|forum|arena|house|"
            + "school|estate|manor|vineyard|winery|pavilion|theater|theatre|brewery|restaurant|plantation|venue|"
            + "hilton|marriott|hyatt|sheraton|westin|embassy suites|holiday inn|omni|courtyard|peabody|columns|"
            + "country club|event center|rooftop|loft|warehouse|studio");
    private static final Pattern RECEPTION = words("reception|party|event|dance|celebration|prom");
    private static final Pattern CEREMONY_ONLY = words("ceremony|service|mass");
    private static final Pattern WHERE_ASKED = words("where");
    private static final java.util.Set<String> NOT_VENUES = java.util.Set.of("i", "i'm", "it", "it's", "we", "we're",
            "our", "my", "you", "yes", "no", "hi", "hello", "okay", "sure", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "christmas", "thanksgiving", "work", "home", "right", "perfect", "great", "thanks", "thank", "kids", "mostly", "just", "somewhere", "probably", "maybe");

    private static final java.util.Set<String> CITIES = java.util.Set.of("memphis", "germantown", "collierville",
            "bartlett", "cordova", "oakland", "downtown", "midtown", "nashville", "southaven", "olive");

    static Found<String> venue(CallText text, String companyName) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (CallText.Sentence s : text.sentences()) {
            java.util.List<Object[]> candidates = new java.util.ArrayList<>(); // {name, score}
            Matcher m = VENUE.matcher(s.text());
            while (m.find()) {
                String trigger = m.group(1).toLowerCase(Locale.ROOT);
                candidates.add(new Object[]{m.group(2), trigger.equals("at") ? 2.0 : 3.0});
            }
            if (WHERE_ASKED.matcher(s.asked().toLowerCase(Locale.ROOT)).find()) {
                Matcher lead = LEADING_NAME.matcher(s.text());
                if (lead.find() && VENUE_WORD.matcher(lead.group(1).toLowerCase(Locale.ROOT)).find()) {
                    candidates.add(new Object[]{lead.group(1), 2.0});
                }
            }
            for (Object[] c : candidates) {
                String name = cleanVenue((String) c[0]);
                if (name == null || (companyName != null && name.equalsIgnoreCase(companyName))) {
                    continue;
                }
                double score = (Double) c[1];
                if (VENUE_WORD.matcher(name.toLowerCase(Locale.ROOT)).find()) {
                    score += 2;
                }
                if (s.lower().contains("reception")) {
                    score += 2;
                } else if (CEREMONY_ONLY.matcher(s.lower()).find()) {
                    score -= 2;
                } else if (RECEPTION.matcher(s.lower()).find()) {
                    score += 1;
                }
                if (WHERE_ASKED.matcher(s.asked().toLowerCase(Locale.ROOT)).find()) {
                    score += 1;
                }
                if (!s.company()) {
                    score += 0.5;
                }
                if (score > bestScore) {
                    best = name;
                    bestScore = score;
                }
            }
        }
        return best == null || bestScore < 2 ? null : new Found<>(best, false);
    }

    private static String cleanVenue(String raw) {
        String name = raw.strip().replaceAll("[’']s$", "");
        String[] tokens = name.split("\\s+");
        String first = tokens[0].toLowerCase(Locale.ROOT);
        // a bare city ("Memphis") says where, not which venue; "Memphis Hall" is a venue
        if (CITIES.contains(first) ? tokens.length == 1 : NOT_VENUES.contains(first)) {
            return null;
        }
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    // ------------------------------------------------------------------------------------------------- budget

    private static final Pattern DOLLARS = Pattern.compile("\\$\\s?(\\d+(?:\\.\\d{1,2})?)\\s*(k\\b)?|\\b(\\d+(?:\\.\\d+)?)\\s*"
            + "(k|grand|dollars|bucks)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_AMOUNT = Pattern.compile("(?<![$\\d.,/-])\\b(\\d{3,6})\\b" + NOT_A_COUNT
            + "(?!\\s+(?:[a-z]+\\s+)?" + PEOPLE + ")");
    private static final Pattern BUDGET_CUE = words("budget|budgeted|spend|spent|set aside|afford|hoping to|stay under|"
            + "under|closer to|thinking|around|about|somewhere|max|maximum|no more than|between");
    private static final Pattern STRICT_BUDGET_CUE = words("budget|budgeted|spend|spent|set aside|afford|closer to|thinking");
    private static final Pattern BUDGET_ASKED = words("budget|budget-wise|spend|price range|thinking budget|"
            + "what are you thinking|how much");
    private static final Pattern PRICE = words("package|quote|quoted|cost|costs|it'd be|it would be|price is|"
            + "more than|sent you|invoice|deposit");
    private static final Pattern ACCEPT = words("that works|sounds good|sounds great|perfect|deal|let's do it|let's book|"
            + "book it|works for me|that's fine");

    static Found<BigDecimal> budget(CallText text) {
        List<CallText.Sentence> all = text.sentences();
        BigDecimal best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < all.size(); i++) {
            CallText.Sentence s = all.get(i);
            java.util.List<BigDecimal> amounts = new java.util.ArrayList<>();
            Matcher m = DOLLARS.matcher(s.lower());
            while (m.find()) {
                BigDecimal value = new BigDecimal(m.group(1) != null ? m.group(1) : m.group(3));
                String unit = m.group(1) != null ? m.group(2) : m.group(4);
                if (unit != null && (unit.equalsIgnoreCase("k") || unit.equalsIgnoreCase("grand"))) {
                    value = value.multiply(BigDecimal.valueOf(1000));
                }
                amounts.add(value);
            }
            boolean askedBudget = BUDGET_ASKED.matcher(s.asked().toLowerCase(Locale.ROOT)).find();
            if (amounts.isEmpty() && (askedBudget || STRICT_BUDGET_CUE.matcher(s.lower()).find())) {
                Matcher bare = BARE_AMOUNT.matcher(s.lower());
                while (bare.find()) {
                    amounts.add(new BigDecimal(bare.group(1)));
                }
            }
            if (amounts.isEmpty()) {
                continue;
            }
            BigDecimal amount = amounts.stream().max(BigDecimal::compareTo).orElseThrow();
            if (amount.compareTo(BigDecimal.valueOf(50)) < 0) {
                continue;
            }
            double score = s.company() ? 0.5 : 2;
            if (BUDGET_CUE.matcher(s.lower()).find()) {
                score += 2;
            }
            if (askedBudget) {
                score += 2;
            }
            if (PRICE.matcher(s.lower()).find()) {
                score -= 1.5;
            }
            if (s.company() && i + 1 < all.size() && !all.get(i + 1).company()
                    && ACCEPT.matcher(all.get(i + 1).lower()).find()) {
                score += 3;
            }
            if (score >= 2 && score >= bestScore) {
                best = amount;
                bestScore = score;
            }
        }
        return best == null ? null : new Found<>(best, false);
    }

    // ------------------------------------------------------------------------------------------- custom facts

    static Map<String, String> customFacts(CallText text, List<CustomFact> facts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CustomFact fact : facts) {
            Pattern pattern = fact.compiledPattern();
            if (pattern == null) {
                continue;
            }
            for (CallText.Sentence s : text.sentences()) {
                Matcher m = pattern.matcher(s.text());
                if (m.find() && m.group(1) != null && !m.group(1).isBlank()) {
                    String value = m.group(1).strip();
                    out.put(fact.key(), value.length() > 500 ? value.substring(0, 500) : value);
                    break;
                }
            }
        }
        return out;
    }

    static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
