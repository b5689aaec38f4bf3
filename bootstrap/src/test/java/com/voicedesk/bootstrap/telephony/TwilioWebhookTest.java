package com.voicedesk.bootstrap.telephony;

import com.voicedesk.bootstrap.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(TelephonyTestProfile.class)
class TwilioWebhookTest {

    private static final Map<String, Object> FORWARD = Map.of("mode", "FORWARD", "forwardTo", "+15550109999");

    private static Map<String, Object> livekit(String forwardTo) {
        Map<String, Object> routing = new HashMap<>();
        routing.put("mode", "LIVEKIT");
        routing.put("sipUri", "sip:{room}@voicedesk.sip.livekit.cloud");
        if (forwardTo != null) {
            routing.put("forwardTo", forwardTo);
        }
        return routing;
    }

    private static int callCount(Twilio.Account account) {
        return account.tenant().request().get("/api/calls").then().statusCode(200).extract().path("total");
    }

    @Test
    void forwardModeAnswersWithDisclosureStreamForkAndDialToTheAdmin() {
        Twilio.Account account = Twilio.tenant(FORWARD, null, "key-" + Api.newTenant().slug(), "This call may be recorded.");
        String callSid = Twilio.callSid();
        var response = Twilio.post(account, account.voicePath(), Twilio.voiceParams(account, callSid, "+15550102000"));

        response.then().statusCode(200).contentType("application/xml");
        XmlPath twiml = new XmlPath(response.asString());
        assertThat(twiml.getString("Response.Say")).isEqualTo("This call may be recorded.");
        assertThat(twiml.getString("Response.Start.Stream.@url")).isEqualTo("ws://localhost:" + io.restassured.RestAssured.port + "/media/twilio");
        assertThat(twiml.getString("Response.Start.Stream.@track")).isEqualTo("both_tracks");
        assertThat(twiml.getString("Response.Start.Stream.Parameter.@name")).isEqualTo("token");
        assertThat(twiml.getString("Response.Start.Stream.Parameter.@value")).startsWith("v1." );
        assertThat(twiml.getString("Response.Dial.Number")).isEqualTo("+15550109999");
        // order matters to Twilio: announcement, fork, then the dial
        assertThat(response.asString().indexOf("<Say")).isLessThan(response.asString().indexOf("<Start"));
        assertThat(response.asString().indexOf("<Start")).isLessThan(response.asString().indexOf("<Dial"));

        account.tenant().request().get("/api/calls").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].providerCallId", equalTo(callSid))
                .body("items[0].status", equalTo("RINGING"))
                .body("items[0].direction", equalTo("INBOUND"));
        // the caller became a lead
        account.tenant().request().get("/api/contacts").then().statusCode(200)
                .body("items[0].phone", equalTo("+15550102000"))
                .body("items[0].source", equalTo("INBOUND_CALL"));
    }

    @Test
    void livekitModeCreatesTheRoomAndDialsItsSipUri() throws Exception {
        try (LocalLiveKit livekit = new LocalLiveKit()) {
            Twilio.Account account = Twilio.tenant(livekit("+15550109999"), livekit.url(), "k", null);
            var response = Twilio.post(account, account.voicePath(), Twilio.voiceParams(account, Twilio.callSid(), "+15550102000"));

            response.then().statusCode(200);
            XmlPath twiml = new XmlPath(response.asString());
            assertThat(livekit.roomsCreated).hasSize(1);
            String room = livekit.roomsCreated.getFirst();
            assertThat(room).startsWith(account.tenant().slug() + ".call-");
            assertThat(twiml.getString("Response.Dial.Sip")).isEqualTo("sip:" + room + "@voicedesk.sip.livekit.cloud");
            assertThat(twiml.getString("Response.Start.Stream.@url")).endsWith("/media/twilio");
            assertThat(response.asString()).doesNotContain("<Say");
            account.tenant().request().get("/api/calls").then().body("items[0].roomName", equalTo(room));
        }
    }

    @Test
    void aRoomThatCannotBeCreatedFallsBackToForwarding() throws Exception {
        try (LocalLiveKit livekit = new LocalLiveKit()) {
            livekit.failing = true;
            Twilio.Account account = Twilio.tenant(livekit("+15550109999"), livekit.url(), "k", null);
            var response = Twilio.post(account, account.voicePath(), Twilio.voiceParams(account, Twilio.callSid(), "+15550102000"));

            response.then().statusCode(200);
            XmlPath twiml = new XmlPath(response.asString());
            assertThat(twiml.getString("Response.Dial.Number")).isEqualTo("+15550109999");
            assertThat(twiml.getString("Response.Dial.Sip")).isEmpty();
            assertThat(twiml.getString("Response.Start.Stream.@url")).endsWith("/media/twilio");
            account.tenant().request().get("/api/calls").then().body("items[0].roomName", equalTo(null));
        }
    }

    @Test
    void forgedMissingOrMisdirectedSignaturesAreRefusedAndNothingIsStored() {
        Twilio.Account account = Twilio.tenant(FORWARD, null, "k", null);
        Twilio.Account other = Twilio.tenant(FORWARD, null, "k", null);
        Map<String, String> params = Twilio.voiceParams(account, Twilio.callSid(), "+15550102000");
        String url = Twilio.baseUrl() + account.voicePath();

        // signed with a wrong token
        Api.assertProblem(Twilio.postSigned(account.voicePath(), params, Twilio.sign("not-the-token", url, params), Map.of())
                .then(), 403, "forbidden");
        // no signature at all
        Api.assertProblem(Twilio.postSigned(account.voicePath(), params, null, Map.of()).then(), 403, "forbidden");
        // a genuine signature, with a parameter changed afterwards
        String genuine = Twilio.sign(account.authToken(), url, params);
        Map<String, String> tampered = new HashMap<>(params);
        tampered.put("From", "+15550107777");
        Api.assertProblem(Twilio.postSigned(account.voicePath(), tampered, genuine, Map.of()).then(), 403, "forbidden");
        // a genuine signature for this tenant replayed against another tenant's address
        Api.assertProblem(Twilio.postSigned(other.voicePath(), params, genuine, Map.of()).then(), 403, "forbidden");
        // an unknown tenant
        Api.assertProblem(Twilio.postSigned("/webhooks/twilio/nobody-here/voice", params, genuine, Map.of()).then(),
                403, "forbidden");

        assertThat(callCount(account)).isZero();
        assertThat(callCount(other)).isZero();
        account.tenant().request().get("/api/contacts").then().body("total", equalTo(0));
    }

    @Test
    void aReplayedVoiceWebhookIsRefusedAndStoresNothingMore() {
        Twilio.Account account = Twilio.tenant(FORWARD, null, "k", null);
        Map<String, String> params = Twilio.voiceParams(account, Twilio.callSid(), "+15550102000");
        Twilio.post(account, account.voicePath(), params).then().statusCode(200);
        Api.assertProblem(Twilio.post(account, account.voicePath(), params).then(), 409, "conflict");
        assertThat(callCount(account)).isEqualTo(1);
    }

    @Test
    void behindAProxyTheSignatureIsCheckedAgainstTheForwardedPublicUrl() {
        Twilio.Account account = Twilio.tenant(FORWARD, null, "k", null);
        Map<String, String> params = Twilio.voiceParams(account, Twilio.callSid(), "+15550102000");
        String publicUrl = "https://voice.example.com" + account.voicePath();
        var response = Twilio.postSigned(account.voicePath(), params, Twilio.sign(account.authToken(), publicUrl, params),
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "voice.example.com"));
        response.then().statusCode(200);
        assertThat(new XmlPath(response.asString()).getString("Response.Start.Stream.@url"))
                .isEqualTo("wss://voice.example.com/media/twilio");
        // the same request signed for the local URL does not pass as the public one
        Api.assertProblem(Twilio.postSigned(account.voicePath(), params, Twilio.sign(account.authToken(),
                        Twilio.baseUrl() + account.voicePath(), params),
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "voice.example.com")).then(), 403, "forbidden");
    }

    @Test
    void statusCallbacksDriveTheCallAndRepeatsOrLateOnesAreHarmless() {
        Twilio.Account account = Twilio.tenant(FORWARD, null, "k", null);
        String callSid = Twilio.callSid();
        Twilio.post(account, account.voicePath(), Twilio.voiceParams(account, callSid, "+15550102000")).then().statusCode(200);

        Twilio.post(account, account.statusPath(), Twilio.statusParams(account, callSid, "in-progress")).then()
                .statusCode(204).header("X-VoiceDesk-Outcome", "APPLIED");
        Twilio.post(account, account.statusPath(), Twilio.statusParams(account, callSid, "completed")).then()
                .statusCode(204).header("X-VoiceDesk-Outcome", "APPLIED");
        Twilio.post(account, account.statusPath(), Twilio.statusParams(account, callSid, "completed")).then()
                .statusCode(204).header("X-VoiceDesk-Outcome", "DUPLICATE");
        Twilio.post(account, account.statusPath(), Twilio.statusParams(account, callSid, "ringing")).then()
                .statusCode(204).header("X-VoiceDesk-Outcome", "IGNORED");
        Twilio.post(account, account.statusPath(), Twilio.statusParams(account, Twilio.callSid(), "completed")).then()
                .statusCode(204).header("X-VoiceDesk-Outcome", "UNKNOWN_CALL");
        Api.assertProblem(Twilio.postSigned(account.statusPath(), Twilio.statusParams(account, callSid, "failed"),
                "forged", Map.of()).then(), 403, "forbidden");

        account.tenant().request().get("/api/calls").then()
                .body("items[0].status", equalTo("COMPLETED"))
                .body("items[0].answeredAt", equalTo("2026-06-01T15:00:30Z"))
                .body("items[0].endedAt", equalTo("2026-06-01T15:00:30Z"))
                .body("items[0].transcriptStatus", equalTo("NONE"));
        assertThat(OutboxRows.callCompleted(account)).isEqualTo(1);
    }

    @Test
    void theSipUriIsATenantSettingOfTheAdminApi() {
        Twilio.Account account = Twilio.tenant(livekit(null), null, "k", null);
        Api.operator().get("/admin/tenants/" + account.tenant().slug()).then().statusCode(200)
                .body("settings.callRouting.mode", equalTo("LIVEKIT"))
                .body("settings.callRouting.sipUri", equalTo("sip:{room}@voicedesk.sip.livekit.cloud"));
        Api.assertProblem(Api.operator().body(Map.of("settings", Map.of("callRouting",
                        Map.of("mode", "LIVEKIT", "sipUri", "https://not-sip"))))
                .patch("/admin/tenants/" + account.tenant().slug()).then(), 400, "validation-failed");
    }
}
