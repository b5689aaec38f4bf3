package com.voicedesk.adapters.twilio.media;

import com.voicedesk.domain.audio.AudioTrack;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner is only a shortcut: whenever it answers, Jackson must give the same message; when the text is
 * malformed, it must not answer at all (Jackson then raises the error). Checked on Twilio's own shape, on
 * shapes Twilio does not send, and on thousands of random corruptions of both.
 */
class MediaMessageScannerTest {

    private static final String PAYLOAD = Base64.getEncoder().encodeToString(new byte[]{-1, 127, 0, 1, 2, 3, 4, -128});

    private static String twilio(String track, String payload) {
        return "{\"event\":\"media\",\"sequenceNumber\":\"3\",\"media\":{\"track\":\"" + track
                + "\",\"chunk\":\"1\",\"timestamp\":\"5\",\"payload\":\"" + payload + "\"},\"streamSid\":\"MZ18ad3ab5a668481ce02b83e7395059f0\"}";
    }

    /** Messages the scanner should answer itself (so the shortcut is really taken) and Jackson agrees with. */
    private static final List<String> PLAIN = List.of(
            twilio("inbound", PAYLOAD),
            twilio("outbound", PAYLOAD),
            twilio("inbound", PAYLOAD.replace("=", "")),
            twilio("inbound", ""),
            "{\"media\":{\"payload\":\"AAEC\",\"timestamp\":\"0012\"},\"event\":\"media\"}",
            " {\n\t\"event\" : \"media\" ,\r\n \"media\" : { \"payload\" : \"/38A\" , \"track\" : \"outbound\" } } ",
            "{\"event\":\"media\",\"x\":[1,-2.5e+3,0.0,true,false,null,{\"a\":[]},\"\\u00e9\\\"\\\\\\/\\b\\f\\n\\r\\t\"],"
                    + "\"media\":{\"extra\":{\"deep\":[[{}]]},\"payload\":\"AAAA\",\"n\":-0}}",
            "{\"event\":\"media\",\"media\":{\"payload\":\"AAAA\"},\"media\":{\"track\":\"outbound\",\"payload\":\"/w==\"}}",
            "{\"event\":\"media\",\"media\":{\"payload\":\"AAAA\"}} trailing text Jackson never reads",
            // many values side by side are not depth: only nesting is limited
            "{\"event\":\"media\",\"x\":[" + "{},[],[[1]],".repeat(40) + "0],\"media\":{\"payload\":\"AAAA\"}}");

    /** Messages it must leave to Jackson: other events, escapes where it reads, unusual but legal values. */
    private static final List<String> DEFERRED = List.of(
            "{\"event\":\"start\",\"start\":{\"streamSid\":\"MZ1\",\"accountSid\":\"AC1\",\"callSid\":\"CA1\"}}",
            "{\"event\":\"stop\",\"streamSid\":\"MZ1\"}",
            "{\"event\":\"connected\"}",
            "{\"event\":\"media\",\"media\":{\"payload\":\"AAAA\"},\"dtmf\":{\"digit\":\"1\"}}",
            "{\"event\":\"media\",\"media\":{\"payload\":\"AAAA\"},\"start\":7}",
            "{\"event\":\"media\",\"media\":{\"payload\":\"AA\\u0041A\"}}",
            "{\"\\u0065vent\":\"media\",\"media\":{\"payload\":\"AAAA\"}}",
            "{\"event\":\"media\",\"media\":{\"timestamp\":12,\"payload\":\"AAAA\"}}",
            "{\"event\":\"media\",\"media\":{\"timestamp\":\"+12\",\"payload\":\"AAAA\"}}",
            "{\"event\":\"media\",\"media\":{\"payload\":\"AA AA\"}}",
            "{\"event\":\"media\",\"media\":{\"payload\":\"AB==\"}}",
            "{\"event\":\"media\",\"media\":{\"track\":\"both\",\"payload\":\"AAAA\"}}",
            "{\"event\":\"media\",\"media\":{}}",
            "{\"event\":\"media\"}",
            "{\"event\":\"media\",\"media\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
            "{\"event\":\"media\",\"x\":" + "[".repeat(5000) + "}",
            "[]",
            "");

    @Test
    void readsTwiliosMediaMessagesItself() {
        TwilioMediaMessage.Media media = MediaMessageScanner.scan(twilio("outbound", PAYLOAD));
        assertThat(media).isNotNull();
        assertThat(media.track()).isEqualTo(AudioTrack.OUTBOUND);
        assertThat(media.timestampMillis()).isEqualTo(5);
        assertThat(media.mulaw()).containsExactly(-1, 127, 0, 1, 2, 3, 4, -128);
        for (String text : PLAIN) {
            assertThat(MediaMessageScanner.scan(text)).as(text).isNotNull();
            assertAgreesWithJackson(text);
        }
    }

    @Test
    void leavesEverythingElseToJackson() throws Exception {
        for (String text : DEFERRED) {
            assertThat(MediaMessageScanner.scan(text)).as(text).isNull();
        }
        // and Jackson still reads what is legal among them
        assertThat(TwilioMediaMessage.parse(DEFERRED.getFirst())).isInstanceOf(TwilioMediaMessage.Start.class);
        assertThat(((TwilioMediaMessage.Media) TwilioMediaMessage.parse(DEFERRED.get(5))).mulaw()).hasSize(3);
        assertThat(((TwilioMediaMessage.Media) TwilioMediaMessage.parse(DEFERRED.get(7))).timestampMillis()).isEqualTo(12);
    }

    @Test
    void neverDisagreesWithJacksonOnCorruptedText() {
        Random random = new Random(20261121);
        String alphabet = "{}[]\":,\\ u0aA=/+-.eE19tfn\u00e9\t\n";
        List<String> seeds = new ArrayList<>(PLAIN);
        seeds.addAll(DEFERRED.subList(0, 14));
        int answered = 0;
        int checked = 0;
        for (String seed : seeds) {
            for (int n = 0; n < 1500; n++) {
                StringBuilder text = new StringBuilder(seed);
                int edits = 1 + random.nextInt(3);
                for (int e = 0; e < edits && !text.isEmpty(); e++) {
                    int at = random.nextInt(text.length());
                    switch (random.nextInt(4)) {
                        case 0 -> text.deleteCharAt(at);
                        case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        case 2 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        default -> text.setLength(at);
                    }
                }
                if (assertAgreesWithJackson(text.toString())) {
                    answered++;
                }
                checked++;
            }
        }
        // the corruptions that stay well-formed media messages are still taken by the shortcut
        assertThat(answered).isGreaterThan(checked / 20);
    }

    /** True when the scanner answered (and Jackson agreed). */
    private static boolean assertAgreesWithJackson(String text) {
        TwilioMediaMessage.Media fast = MediaMessageScanner.scan(text);
        if (fast == null) {
            return false;
        }
        TwilioMediaMessage slow;
        try {
            slow = TwilioMediaMessage.parseWithJackson(text);
        } catch (TwilioMediaMessage.Malformed e) {
            throw new AssertionError("the scanner read a message Jackson calls malformed (" + e.getMessage() + "): " + text);
        }
        assertThat(slow).as(text).isInstanceOf(TwilioMediaMessage.Media.class);
        TwilioMediaMessage.Media media = (TwilioMediaMessage.Media) slow;
        assertThat(fast.track()).as(text).isEqualTo(media.track());
        assertThat(fast.timestampMillis()).as(text).isEqualTo(media.timestampMillis());
        assertThat(fast.mulaw()).as(text).isEqualTo(media.mulaw());
        return true;
    }
}
