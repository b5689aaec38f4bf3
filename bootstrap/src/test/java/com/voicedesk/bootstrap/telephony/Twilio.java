package com.voicedesk.bootstrap.telephony;

import com.twilio.security.RequestValidator;
import com.voicedesk.bootstrap.support.Api;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twilio's side in the tests: a tenant with a Twilio account, and webhooks signed the way Twilio signs them
 * (HMAC-SHA1 of the URL followed by the sorted parameters), each signature checked with the SDK's own
 * {@link RequestValidator} before it is sent.
 */
public final class Twilio {

    public record Account(Api.TestTenant tenant, String accountSid, String authToken, String deepgramKey) {
        public String voicePath() {
            return "/webhooks/twilio/" + tenant.slug() + "/voice";
        }

        String statusPath() {
            return "/webhooks/twilio/" + tenant.slug() + "/status";
        }
    }

    private Twilio() {
    }

    /** A fresh tenant with Twilio and Deepgram credentials and the given call routing (and LiveKit, if a URL). */
    public static Account tenant(Map<String, Object> callRouting, String livekitUrl, String deepgramKey, String disclosure) {
        Api.TestTenant tenant = Api.newTenant();
        String accountSid = "AC" + UUID.randomUUID().toString().replace("-", "");
        String authToken = UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> credentials = new HashMap<>();
        credentials.put("twilio", Map.of("accountSid", accountSid, "authToken", authToken, "phoneNumber", "+15550100000"));
        credentials.put("deepgram", Map.of("apiKey", deepgramKey));
        if (livekitUrl != null) {
            credentials.put("livekit", Map.of("url", livekitUrl, "apiKey", "API" + UUID.randomUUID().toString().substring(0, 8), "apiSecret", "local-secret-local-secret-local-secret"));
        }
        Map<String, Object> settings = new HashMap<>();
        settings.put("callRouting", callRouting);
        if (disclosure != null) {
            settings.put("recordingDisclosure", disclosure);
        }
        Api.operator().body(Map.of("credentials", credentials, "settings", settings))
                .patch("/admin/tenants/" + tenant.slug()).then().statusCode(200);
        return new Account(tenant, accountSid, authToken, deepgramKey);
    }

    static String baseUrl() {
        return "http://localhost:" + RestAssured.port;
    }

    /** Twilio's signature of a form POST to {@code url}. */
    static String sign(String authToken, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            String signature = Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(new RequestValidator(authToken).validate(url, params, signature))
                    .as("the SDK accepts the test's signature").isTrue();
            return signature;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> voiceParams(Account account, String callSid, String from) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", account.accountSid());
        params.put("CallSid", callSid);
        params.put("From", from);
        params.put("To", "+15550100000");
        params.put("Direction", "inbound");
        params.put("CallStatus", "ringing");
        params.put("ApiVersion", "2010-04-01");
        return params;
    }

    static Map<String, String> statusParams(Account account, String callSid, String status) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", account.accountSid());
        params.put("CallSid", callSid);
        params.put("CallStatus", status);
        params.put("Timestamp", "Mon, 01 Jun 2026 15:00:30 +0000");
        return params;
    }

    /** POSTs the form to the path, signed for the local URL with the account's token. */
    public static Response post(Account account, String path, Map<String, String> params) {
        return postSigned(path, params, sign(account.authToken(), baseUrl() + path, params), Map.of());
    }

    static Response postSigned(String path, Map<String, String> params, String signature, Map<String, String> headers) {
        var request = RestAssured.given().contentType("application/x-www-form-urlencoded").formParams(params)
                .headers(headers);
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return request.post(path);
    }

    public static String callSid() {
        return "CA" + UUID.randomUUID().toString().replace("-", "");
    }
}
