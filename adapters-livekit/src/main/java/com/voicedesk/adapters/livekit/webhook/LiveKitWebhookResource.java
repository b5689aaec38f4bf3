package com.voicedesk.adapters.livekit.webhook;

import com.voicedesk.adapters.livekit.LiveKitClients;
import com.voicedesk.application.room.HandleRoomEventUseCase;
import com.voicedesk.application.room.RoomEventCommand;
import com.voicedesk.domain.shared.CapabilityNotConfiguredException;
import com.voicedesk.domain.shared.TenantId;
import com.voicedesk.domain.tenant.CredentialStore;
import io.livekit.server.WebhookReceiver;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import livekit.LivekitWebhook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * LiveKit's webhook. The JWT in {@code Authorization} names the API key that signed it; that key finds the
 * tenant, whose secret verifies the signature, the expiry and the body's sha256 (LiveKit's
 * {@link WebhookReceiver}). Anything that fails verification is answered 401 before anything is read or
 * changed. Verified events are applied once per event id (LiveKit retries deliveries).
 */
@Path("/webhooks/livekit")
@Tag(name = "Provider webhooks")
public class LiveKitWebhookResource {

    private static final Logger LOG = Logger.getLogger(LiveKitWebhookResource.class);
    private static final String UNAUTHORIZED_TYPE = "https://voicedesk.dev/problems/unauthorized";

    private final CredentialStore credentials;
    private final LiveKitClients clients;
    private final HandleRoomEventUseCase events;
    private final Clock clock;

    public LiveKitWebhookResource(CredentialStore credentials, LiveKitClients clients, HandleRoomEventUseCase events,
                                  Clock clock) {
        this.credentials = credentials;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "LiveKit webhook (signed by the tenant's LiveKit API key)")
    public Uni<Response> receive(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] rawBody) {
        String token = authorization == null ? "" : authorization.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        if (token.isEmpty()) {
            return Uni.createFrom().item(unauthorized("Missing Authorization: LiveKit signs webhooks with a JWT"));
        }
        Optional<String> apiKey = issuer(token);
        if (apiKey.isEmpty()) {
            return Uni.createFrom().item(unauthorized("Authorization is not a LiveKit webhook token"));
        }
        String jwt = token;
        String body = new String(rawBody, StandardCharsets.UTF_8);
        return credentials.findTenantByLiveKitApiKey(apiKey.get()).flatMap(tenant -> tenant
                .map(id -> verifyAndHandle(id, apiKey.get(), jwt, body))
                .orElseGet(() -> Uni.createFrom().item(unauthorized("No tenant uses this LiveKit API key"))));
    }

    private Uni<Response> verifyAndHandle(TenantId tenant, String apiKey, String jwt, String body) {
        return clients.settings(tenant)
                .map(livekit -> Optional.of(new WebhookReceiver(livekit.apiKey(), livekit.apiSecret())))
                .onFailure(CapabilityNotConfiguredException.class).recoverWithItem(Optional.empty())
                .flatMap(receiver -> {
                    if (receiver.isEmpty()) {
                        return Uni.createFrom().item(unauthorized("This tenant has no LiveKit settings"));
                    }
                    LivekitWebhook.WebhookEvent event;
                    try {
                        event = receiver.get().receive(body, jwt);
                    } catch (RuntimeException refused) { // bad signature, expired, sha256 mismatch, unreadable body
                        LOG.warnf("Refused a LiveKit webhook for key %s: %s", apiKey, refused.getMessage());
                        return Uni.createFrom().item(unauthorized("The webhook signature does not verify"));
                    }
                    return handle(tenant, event, body);
                });
    }

    private Uni<Response> handle(TenantId tenant, LivekitWebhook.WebhookEvent event, String body) {
        var roomEvent = WebhookEvents.toRoomEvent(tenant, event, clock.instant());
        if (roomEvent.isEmpty()) {
            return Uni.createFrom().item(ok("IGNORED"));
        }
        String eventId = event.getId().isBlank() ? "body-" + sha256(body) : event.getId();
        return events.handle(new RoomEventCommand(tenant, eventId, roomEvent.get()))
                .map(outcome -> ok(outcome.name()));
    }

    /**
     * The API key that claims to have signed the token (its issuer), read without verification: it only says
     * whose secret to verify with.
     */
    static Optional<String> issuer(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String iss = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                    .getString("iss");
            return iss == null || iss.isBlank() ? Optional.empty() : Optional.of(iss);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static Response ok(String outcome) {
        return Response.ok(new JsonObject().put("outcome", outcome).encode(), MediaType.APPLICATION_JSON).build();
    }

    private static Response unauthorized(String detail) {
        String problem = new JsonObject().put("type", UNAUTHORIZED_TYPE).put("title", "Authentication is required")
                .put("status", 401).put("detail", detail).put("instance", "/webhooks/livekit").encode();
        return Response.status(Response.Status.UNAUTHORIZED).type("application/problem+json").entity(problem).build();
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
