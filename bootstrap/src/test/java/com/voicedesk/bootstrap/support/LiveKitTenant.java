package com.voicedesk.bootstrap.support;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.livekit.server.AccessToken;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import livekit.LivekitModels;
import livekit.LivekitWebhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * A test tenant with LiveKit settings pointing at a {@link FakeLiveKit}, and LiveKit's side of the webhook:
 * events serialised as LiveKit does (protobuf JSON) and signed as LiveKit does, with the SDK's
 * {@link AccessToken} carrying the body's sha256.
 */
public record LiveKitTenant(Api.TestTenant tenant, String apiKey, String apiSecret) {

    public static LiveKitTenant create(FakeLiveKit livekit) {
        Api.TestTenant tenant = Api.newTenant();
        String apiKey = "API" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String apiSecret = UUID.randomUUID() + "-" + UUID.randomUUID();
        Api.operator().body(Map.of("credentials", Map.of("livekit",
                        Map.of("url", livekit.url(), "apiKey", apiKey, "apiSecret", apiSecret))))
                .patch("/admin/tenants/" + tenant.slug()).then().statusCode(200);
        return new LiveKitTenant(tenant, apiKey, apiSecret);
    }

    public String slug() {
        return tenant.slug();
    }

    /** The room name VoiceDesk gives this tenant's room of a kind ("assistant-ben", "call-<id>", ...). */
    public String room(String kindAndKey) {
        return slug() + "." + kindAndKey;
    }

    public static String json(LivekitWebhook.WebhookEvent event) {
        try {
            return JsonFormat.printer().print(event);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Authorization LiveKit sends with this body: a JWT from the key, carrying the body's sha256. */
    public String sign(String body) {
        return sign(body, apiKey, apiSecret, null);
    }

    public static String sign(String body, String key, String secret, Date expiration) {
        AccessToken token = new AccessToken(key, secret);
        token.setSha256(sha256(body));
        if (expiration != null) {
            token.setExpiration(expiration);
        }
        return token.toJwt();
    }

    /** A participant ({@code role} as its token attribute says) published a track in a room. */
    public static LivekitWebhook.WebhookEvent trackPublished(String id, String room, String identity, String role,
                                                             String trackSid, LivekitModels.TrackSource source) {
        return LivekitWebhook.WebhookEvent.newBuilder().setEvent("track_published").setId(id).setCreatedAt(1_780_000_000L)
                .setRoom(LivekitModels.Room.newBuilder().setName(room))
                .setParticipant(LivekitModels.ParticipantInfo.newBuilder().setIdentity(identity)
                        .putAttributes("voicedesk.role", role))
                .setTrack(LivekitModels.TrackInfo.newBuilder().setSid(trackSid).setSource(source)
                        .setType(source == LivekitModels.TrackSource.MICROPHONE
                                ? LivekitModels.TrackType.AUDIO : LivekitModels.TrackType.VIDEO))
                .build();
    }

    /** Delivers a signed event as LiveKit does. */
    public Response deliver(LivekitWebhook.WebhookEvent event) {
        String body = json(event);
        return deliver(body, sign(body));
    }

    public static Response deliver(String body, String authorization) {
        var request = RestAssured.given().contentType("application/webhook+json").body(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.post("/webhooks/livekit");
    }

    public static String sha256(String body) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
