package com.voicedesk.adapters.twilio.webhook;

import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;
import com.twilio.twiml.voice.Parameter;
import com.twilio.twiml.voice.Say;
import com.twilio.twiml.voice.Sip;
import com.twilio.twiml.voice.Start;
import com.twilio.twiml.voice.Stream;
import com.voicedesk.adapters.twilio.media.StreamTokens;
import com.voicedesk.application.telephony.InboundCallDecision;

/**
 * The TwiML answer to an inbound call, built with the SDK's builders: the announcement (recording
 * disclosure), a {@code <Start><Stream>} fork of both tracks to the media socket carrying the stream token,
 * then the {@code <Dial>} to the room's SIP URI or to the forward number.
 */
final class InboundTwiml {

    private InboundTwiml() {
    }

    static String answer(InboundCallDecision decision, String mediaStreamUrl, String streamToken) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        decision.announcement().ifPresent(text -> response.say(new Say.Builder(text).build()));
        switch (decision.route()) {
            case InboundCallDecision.ToRoom room -> response.start(fork(decision, mediaStreamUrl, streamToken))
                    .dial(new Dial.Builder().answerOnBridge(true).sip(new Sip.Builder(room.sipUri()).build()).build());
            case InboundCallDecision.Forward forward -> response.start(fork(decision, mediaStreamUrl, streamToken))
                    .dial(new Dial.Builder().answerOnBridge(true)
                            .number(new Number.Builder(forward.to().value()).build()).build());
            case InboundCallDecision.Unroutable unroutable -> response.say(new Say.Builder(unroutable.message()).build())
                    .hangup(new Hangup.Builder().build());
        }
        try {
            return response.build().toXml();
        } catch (TwiMLException e) {
            throw new IllegalStateException("TwiML could not be written", e);
        }
    }

    private static Start fork(InboundCallDecision decision, String url, String token) {
        return new Start.Builder().stream(new Stream.Builder()
                .name("voicedesk-" + decision.call().id())
                .url(url)
                .track(Stream.Track.BOTH_TRACKS)
                .parameter(new Parameter.Builder().name(StreamTokens.PARAMETER).value(token).build())
                .build()).build();
    }
}
