package com.voicedesk.adapters.ai.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateMentionsTest {

    /** Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "We're getting married June 13th.|2026-06-13",
            "It's on the twenty-first of November.|2026-11-21",
            "We're looking at January 16th.|2027-01-16",
            "April 10, 2027 is the date.|2027-04-10",
            "The date is 6/20.|2026-06-20",
            "Is anyone free this Saturday?|2026-03-07",
            "We need a DJ next Thursday.|2026-03-12",
            "It's a week from this Friday.|2026-03-13",
            "It's 2 weeks from Saturday.|2026-03-21",
            "The last Saturday in May.|2026-05-30",
            "On the Fourth of July at the park.|2026-07-04",
            "Saturday, April 25th works.|2026-04-25",
            "Call me back tomorrow.|2026-03-05"})
    void resolvesAgainstTheDayOfTheCall(String sentence, String expected) {
        var mentions = new DateMentions(TODAY).find(TextNumbers.normalize(sentence));

        assertThat(mentions).extracting(DateMentions.Mention::date).containsExactly(LocalDate.parse(expected));
    }

    @org.junit.jupiter.api.Test
    void aDayAloneTakesTheMonthMentionedBefore() {
        DateMentions dates = new DateMentions(TODAY);
        dates.find("We're getting married in October.");

        assertThat(dates.find("The 24th. It's a Saturday.")).extracting(DateMentions.Mention::date)
                .containsExactly(LocalDate.of(2026, 10, 24));
    }

    @org.junit.jupiter.api.Test
    void mayTheVerbIsNotAMonthAndAnOrdinalBirthdayIsNotADate() {
        assertThat(new DateMentions(TODAY).find("We may 2 or 3 of us come, for the 50th birthday.")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "around a hundred and twenty guests|around 120 guests",
            "roughly two hundred guests|roughly 200 guests",
            "Fifteen hundred, maybe.|1500, maybe.",
            "about three thousand dollars|about 3000 dollars",
            "between eighty and a hundred people|between 80 and 100 people",
            "$2,500 for the DJ|$2500 for the DJ",
            "the one after|the one after",
            "the twenty-first of November|the twenty-first of November"})
    void spelledNumbersBecomeDigits(String spoken, String normalised) {
        assertThat(TextNumbers.normalize(spoken)).isEqualTo(normalised);
    }
}
