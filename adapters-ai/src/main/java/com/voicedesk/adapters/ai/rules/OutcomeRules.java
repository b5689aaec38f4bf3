package com.voicedesk.adapters.ai.rules;

import com.voicedesk.domain.analysis.CallOutcome;
import com.voicedesk.domain.analysis.Sentiment;
import com.voicedesk.domain.contact.LeadStatus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.voicedesk.adapters.ai.rules.FactRules.words;

/** How a call went, by rules: the outcome, how ready to book the client sounded, and when to call back. */
final class OutcomeRules {

    private OutcomeRules() {
    }

    private static final Pattern WRONG_NUMBER = words("wrong number|the wrong|no one by that name|nobody by that name|"
            + "no one here by|dialed the wrong|misdialed");
    private static final Pattern VOICEMAIL_CUES = words("leave a message|after the tone|after the beep|you've reached|"
            + "you have reached|not available to take your call|call me back|give me a call back|give us a call back|"
            + "returning your call");
    /** The client calling their own event off; not "our DJ canceled on us". */
    private static final Pattern CANCEL = Pattern.compile("\\b((have to|need to|want to|going to|got to|must|please|"
            + "we'll|we will|i'll|i will|we're|we are|i'm)\\s+(go ahead and\\s+|have to\\s+)?(cancel|call off)|"
            + "cancel (our|the|my) (event|booking|party|wedding|reservation|contract|date)|"
            + "(event|party|wedding|booking|date) (is|was|has been|got|had to be) (canceled|cancelled|called off)|"
            + "go ahead and cancel)\\b");
    private static final Pattern NOT_INTERESTED = words("not interested|go with another|went with another|"
            + "going with another|decided to go with|hired someone|found another|found a dj|we'll pass|we will pass|"
            + "pass on it|way over what|too expensive|out of our budget|can't afford|cannot afford|spotify|"
            + "no longer need|don't need a dj|thanks anyway");
    /** Booking now; "I want to book a DJ for ..." is how an inquiry starts, not a booking. */
    private static final Pattern BOOKED = Pattern.compile("\\b((want|like|ready|going) to book(?! a\\b)(?! an\\b)|"
            + "let's book|book it|book you|please book|we'll book|lock it in|sign the contract|i'll sign|"
            + "send the contract|send me the contract|pay the deposit|put down the deposit|let's do it)\\b");
    private static final Pattern CALLBACK = Pattern.compile("\\b(call me back|call me|give me a call|call us back|"
            + "call back|reach me|talk later|try me)\\b");
    private static final Pattern CLIENT_WILL_CALL = words("i'll call back|i will call back|i'll call you|i'll get back|"
            + "i'll let you know|we'll call|we'll get back|i'll reach out");
    private static final Pattern ALREADY_BOOKED = words("booked you|booked with you|booking with you|our booking|"
            + "we're booked|we are booked|our contract");
    private static final Pattern INTEREST = words("send|proposal|quote|pricing|price|packages|options|email me|"
            + "details|interested|available|open");
    private static final Pattern HOT = words("book|booked|sign|deposit|let's do it|really want|we want you|"
            + "so excited|we're so excited|ready to move forward|move forward|hold the date|definitely|perfect|"
            + "amazing|love|loved|can't wait|exactly what we want|lock");
    private static final Pattern COLD = words("cancel|another dj|too expensive|way over|not interested|wrong number|"
            + "thanks anyway|cheaper|we'll pass|budget cuts|bad news|more than we wanted|can't afford|spotify");
    private static final Pattern PRICE_OBJECTION = words("too expensive|more than we wanted|way over|cheaper|"
            + "out of our budget|can't afford|closer to|lower price|discount");

    record Outcome(CallOutcome outcome, boolean cancellation, boolean priceObjection) {
    }

    /**
     * {@code facts} counts how many of event date, guest count and venue the call gave, for an event of a known
     * type; a lead with two of them (or one and interest in a proposal) is qualified.
     */
    static Outcome outcome(CallText text, int facts) {
        String client = text.clientLower();
        String all = text.allLower();
        boolean priceObjection = PRICE_OBJECTION.matcher(client).find();
        if (WRONG_NUMBER.matcher(all).find()) {
            return new Outcome(CallOutcome.WRONG_NUMBER, false, false);
        }
        if (text.oneSided() || (VOICEMAIL_CUES.matcher(all).find() && text.sentences().size() <= 3)) {
            return new Outcome(CallOutcome.VOICEMAIL, false, false);
        }
        boolean cancellation = CANCEL.matcher(client).find();
        if (cancellation || NOT_INTERESTED.matcher(client).find()) {
            return new Outcome(CallOutcome.NOT_INTERESTED, cancellation, priceObjection);
        }
        if (BOOKED.matcher(all).find() && (BOOKED.matcher(client).find() || HOT.matcher(client).find())) {
            return new Outcome(CallOutcome.BOOKED, false, priceObjection);
        }
        if (CALLBACK.matcher(client).find() && !CLIENT_WILL_CALL.matcher(client).find()) {
            return new Outcome(CallOutcome.CALLBACK_REQUESTED, false, priceObjection);
        }
        if (ALREADY_BOOKED.matcher(client).find()) {
            return new Outcome(CallOutcome.INFORMATION_ONLY, false, priceObjection);
        }
        boolean interested = INTEREST.matcher(all).find() && !CLIENT_WILL_CALL.matcher(client).find();
        if (facts >= 2 || (facts == 1 && interested)) {
            return new Outcome(CallOutcome.QUALIFIED, false, priceObjection);
        }
        return new Outcome(CallOutcome.INFORMATION_ONLY, false, priceObjection);
    }

    record Mood(Sentiment sentiment, String reason) {
    }

    static Mood sentiment(CallText text, CallOutcome outcome) {
        String client = text.clientLower();
        List<String> hot = matches(HOT, client);
        List<String> cold = matches(COLD, client);
        int score = hot.size() * 2 - cold.size() * 2;
        if (outcome == CallOutcome.BOOKED) {
            score += 3;
        } else if (outcome == CallOutcome.NOT_INTERESTED || outcome == CallOutcome.WRONG_NUMBER) {
            score -= 4;
        }
        Sentiment sentiment = score >= 4 ? Sentiment.HOT : score <= -3 ? Sentiment.COLD : Sentiment.WARM;
        String reason = switch (sentiment) {
            case HOT -> "Ready to book: " + String.join(", ", quoted(hot.isEmpty() ? List.of("booked") : hot));
            case COLD -> outcome == CallOutcome.WRONG_NUMBER ? "Wrong number"
                    : "Not ready to book: " + String.join(", ", quoted(cold.isEmpty() ? List.of(outcome.name()
                    .toLowerCase(Locale.ROOT).replace('_', ' ')) : cold));
            case WARM -> cold.isEmpty() && hot.isEmpty() ? "Interested, no strong signal either way"
                    : "Mixed signals: " + String.join(", ", quoted(concat(hot, cold)));
        };
        return new Mood(sentiment, reason);
    }

    static LeadStatus proposedStatus(Outcome outcome) {
        return switch (outcome.outcome()) {
            case BOOKED -> LeadStatus.BOOKED;
            case QUALIFIED -> LeadStatus.QUALIFIED;
            case CALLBACK_REQUESTED, INFORMATION_ONLY -> LeadStatus.CONTACTED;
            case NOT_INTERESTED -> outcome.cancellation() ? LeadStatus.CANCELED : LeadStatus.LOST;
            case WRONG_NUMBER -> LeadStatus.LOST;
            case VOICEMAIL -> null;
        };
    }

    // ---------------------------------------------------------------------------------------------- callbacks

    private static final Pattern TIME = Pattern.compile("\\b(?:at|around|after|by|about)\\s+(\\d{1,2})(?::(\\d{2}))?"
            + "\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?![\\d/])", Pattern.CASE_INSENSITIVE);

    /** When the client asked to be called back, in the tenant's local time; null when the call does not say. */
    static LocalDateTime callbackTime(CallText text, LocalDate today) {
        DateMentions dates = new DateMentions(today);
        for (CallText.Sentence s : text.sentences()) {
            List<DateMentions.Mention> mentions = dates.find(s.text());
            if (s.company() || !CALLBACK.matcher(s.lower()).find()) {
                continue;
            }
            LocalDate day = mentions.isEmpty() ? nextBusinessDay(today) : mentions.getFirst().date();
            return LocalDateTime.of(day, timeOfDay(s.lower()));
        }
        return null;
    }

    static LocalTime timeOfDay(String sentence) {
        Matcher m = TIME.matcher(sentence);
        if (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String half = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
            if (hour <= 12 && minute < 60) {
                if (half.equals("pm") && hour < 12) {
                    hour += 12;
                } else if (half.isEmpty() && hour >= 1 && hour <= 7) {
                    hour += 12; // "around 5" on a business call is the afternoon
                } else if (half.equals("am") && hour == 12) {
                    hour = 0;
                }
                return LocalTime.of(hour, minute);
            }
        }
        if (sentence.contains("evening") || sentence.contains("tonight")) {
            return LocalTime.of(18, 0);
        }
        if (sentence.contains("afternoon")) {
            return LocalTime.of(14, 0);
        }
        if (sentence.contains("noon") || sentence.contains("lunch")) {
            return LocalTime.of(12, 0);
        }
        return LocalTime.of(10, 0);
    }

    static LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find() && found.size() < 4) {
            if (!found.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static List<String> quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
