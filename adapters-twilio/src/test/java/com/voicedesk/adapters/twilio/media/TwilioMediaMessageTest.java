package com.voicedesk.adapters.twilio.media;

import com.voicedesk.domain.audio.AudioTrack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TwilioMediaMessageTest {

    @Test
    void readsTwilioStartMessage() throws Exception {
        var message = TwilioMediaMessage.parse("""
                {"event":"start","sequenceNumber":"1","start":{"accountSid":"AC1","streamSid":"MZ1","callSid":"CA1",
                "tracks":["inbound","outbound"],"customParameters":{"token":"v1.x"},
                "mediaFormat":{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1}},"streamSid":"MZ1"}""");
        assertThat(message).isEqualTo(new TwilioMediaMessage.Start("MZ1", "AC1", "CA1",
                java.util.List.of("inbound", "outbound"), java.util.Map.of("token", "v1.x"), "audio/x-mulaw", 8000));
    }

    @Test
    void readsMediaDtmfMarkStopAndConnected() throws Exception {
        var media = (TwilioMediaMessage.Media) TwilioMediaMessage.parse("""
                {"event":"media","sequenceNumber":"3","media":{"track":"outbound","chunk":"2","timestamp":"40",
                "payload":"/38A"},"streamSid":"MZ1"}""");
        assertThat(media.track()).isEqualTo(AudioTrack.OUTBOUND);
        assertThat(media.timestampMillis()).isEqualTo(40);
        assertThat(media.mulaw()).containsExactly(0xFF, 0x7F, 0x00);
        assertThat(TwilioMediaMessage.parse("{\"event\":\"dtmf\",\"dtmf\":{\"track\":\"inbound_track\",\"digit\":\"5\"}}"))
                .isEqualTo(new TwilioMediaMessage.Dtmf("5"));
        assertThat(TwilioMediaMessage.parse("{\"event\":\"mark\",\"mark\":{\"name\":\"greeting\"}}"))
                .isEqualTo(new TwilioMediaMessage.Mark("greeting"));
        assertThat(TwilioMediaMessage.parse("{\"event\":\"stop\",\"stop\":{\"callSid\":\"CA1\"}}"))
                .isInstanceOf(TwilioMediaMessage.Stop.class);
        assertThat(TwilioMediaMessage.parse("{\"event\":\"connected\",\"protocol\":\"Call\",\"version\":\"1.0.0\"}"))
                .isInstanceOf(TwilioMediaMessage.Connected.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json",
            "[1,2]",
            "{\"streamSid\":\"MZ1\"}",
            "{\"event\":\"hello\"}",
            "{\"event\":\"media\",\"media\":{\"track\":\"inbound\"}}",
            "{\"event\":\"media\",\"media\":{\"payload\":\"***\"}}",
            "{\"event\":\"media\",\"media\":{\"track\":\"sideways\",\"payload\":\"AAAA\"}}",
            "{\"event\":\"media\",\"media\":{\"timestamp\":\"-5\",\"payload\":\"AAAA\"}}",
            "{\"event\":\"media\",\"media\":\"AAAA\"}",
            "{\"event\":\"start\",\"start\":{\"streamSid\":\"MZ1\"}}",
            "{\"event\":\"media\",\"media\":{\"payload\":\"AAAA\"}"
    })
    void refusesWhatTwilioWouldNeverSend(String text) {
        assertThatThrownBy(() -> TwilioMediaMessage.parse(text)).isInstanceOf(TwilioMediaMessage.Malformed.class);
    }
}
