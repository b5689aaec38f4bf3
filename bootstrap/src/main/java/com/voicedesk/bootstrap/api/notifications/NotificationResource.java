package com.voicedesk.bootstrap.api.notifications;

import com.voicedesk.application.notification.NotificationInboxUseCase;
import com.voicedesk.application.notification.NotificationPreferencesUseCase;
import com.voicedesk.application.notification.OpenNotificationStreamUseCase;
import com.voicedesk.application.notification.StreamEvent;
import com.voicedesk.application.notification.UpdateNotificationPreferencesCommand;
import com.voicedesk.bootstrap.notifications.NotificationConfig;
import com.voicedesk.bootstrap.security.AdminTokens;
import com.voicedesk.bootstrap.security.CurrentAdmin;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.notification.AdminIdentity;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.shared.AccessDeniedException;
import com.voicedesk.domain.shared.InvalidValueException;
import com.voicedesk.domain.shared.PageRequest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One admin's notifications: the inbox, the live stream (SSE, resumable), read marks and preferences.
 * The admin is the one an admin token names, or, with the tenant API key, the {@code admin} parameter.
 */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    private final NotificationInboxUseCase inbox;
    private final NotificationPreferencesUseCase preferences;
    private final OpenNotificationStreamUseCase streams;
    private final JsonNotificationPayloads payloads;
    private final AdminTokens tokens;
    private final CurrentTenant tenant;
    private final CurrentAdmin currentAdmin;
    private final NotificationConfig.Stream streamConfig;
    private final Clock clock;

    public NotificationResource(NotificationInboxUseCase inbox, NotificationPreferencesUseCase preferences,
                                OpenNotificationStreamUseCase streams, JsonNotificationPayloads payloads,
                                AdminTokens tokens, CurrentTenant tenant, CurrentAdmin currentAdmin,
                                NotificationConfig config, Clock clock) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.streams = streams;
        this.payloads = payloads;
        this.tokens = tokens;
        this.tenant = tenant;
        this.currentAdmin = currentAdmin;
        this.streamConfig = config.stream();
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The admin's inbox, newest first (unread=true for unread only)")
    public Uni<InboxResponse> list(@QueryParam("admin") String admin,
                                   @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return inbox.list(tenant.id(), admin(admin), unreadOnly, new PageRequest(page, size)).map(InboxResponse::of);
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read for the admin (repeating it is harmless)")
    public Uni<Response> markRead(@PathParam("id") String id, @QueryParam("admin") String admin) {
        return inbox.markRead(tenant.id(), admin(admin), NotificationId.of(id)).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark everything the admin has received so far as read")
    public Uni<Map<String, Long>> markAllRead(@QueryParam("admin") String admin) {
        return inbox.markAllRead(tenant.id(), admin(admin)).map(marked -> Map.of("marked", marked));
    }

    @GET
    @Path("preferences")
    @Operation(summary = "The notification types the admin gets")
    public Uni<PreferencesResponse> preferences(@QueryParam("admin") String admin) {
        return preferences.preferences(tenant.id(), admin(admin)).map(PreferencesResponse::of);
    }

    @PUT
    @Path("preferences")
    @Operation(summary = "Choose the notification types the admin does not want (stream, data channel and inbox)")
    public Uni<PreferencesResponse> updatePreferences(@QueryParam("admin") String admin,
                                                      @Valid @NotNull PreferencesRequest body) {
        return preferences.updatePreferences(new UpdateNotificationPreferencesCommand(tenant.id(), admin(admin), body.muted()))
                .map(PreferencesResponse::of);
    }

    @POST
    @Path("stream-tokens")
    @Operation(summary = "Mint a short-lived admin token for a browser (API key only)",
            description = "The browser opens /api/notifications/stream?access_token=<token>; the API key stays on the CRM's server")
    public Uni<Response> mintToken(@Valid @NotNull AdminTokenRequest body) {
        if (currentAdmin.identity().isPresent()) {
            throw new AccessDeniedException("An admin token cannot mint tokens; use the tenant API key");
        }
        AdminTokens.Minted minted = tokens.mint(tenant.id(), tenant.principal().keyId(), body.admin());
        // a Uni keeps the method on the event loop, where the API key check (reactive) runs
        return Uni.createFrom().item(Response.status(Response.Status.CREATED).entity(Map.of(
                "token", minted.token(),
                "admin", AdminIdentity.require(body.admin()),
                "expiresAt", minted.expiresAt().toString(),
                "streamUrl", "/api/notifications/stream?access_token=" + minted.token())).build());
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The admin's live notifications (Server-Sent Events), resumable with Last-Event-ID",
            description = "Events: 'notification' (id = the notification's seq) and 'resync' (too much was missed: reload the inbox)")
    public Multi<OutboundSseEvent> stream(@QueryParam("admin") String admin,
                                          @HeaderParam("Last-Event-ID") String lastEventIdHeader,
                                          @QueryParam("lastEventId") String lastEventIdParam,
                                          @Context Sse sse) {
        String who = admin(admin);
        OptionalLong lastEventId = lastEventId(lastEventIdHeader, lastEventIdParam);
        Multi<OutboundSseEvent> hello = Multi.createFrom().item(sse.newEventBuilder().comment("connected")
                .reconnectDelay(streamConfig.retry().toMillis()).build());
        Multi<OutboundSseEvent> notifications = streams.open(tenant.id(), who, lastEventId).map(event -> toSse(sse, event));
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(streamConfig.heartbeat())
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        Multi<OutboundSseEvent> stream = Multi.createBy().concatenating()
                .streams(hello, Multi.createBy().merging().streams(notifications, heartbeats));
        // a stream opened with an admin token ends with it: the browser reconnects with a fresh one
        return currentAdmin.expiresAt()
                .map(expiry -> stream.select().first(Duration.between(clock.instant(), expiry)))
                .orElse(stream);
    }

    private OutboundSseEvent toSse(Sse sse, StreamEvent event) {
        return switch (event) {
            case StreamEvent.Delivered delivered -> sse.newEventBuilder()
                    .id(Long.toString(delivered.entry().seq()))
                    .name("notification")
                    .data(payloads.encodeText(delivered.entry()))
                    .build();
            case StreamEvent.Resync resync -> sse.newEventBuilder()
                    .id(Long.toString(resync.seq()))
                    .name("resync")
                    .data("{\"missed\":" + resync.missed() + ",\"seq\":" + resync.seq() + "}")
                    .build();
        };
    }

    /** The token's admin; with the API key, the named one. */
    private String admin(String requested) {
        String named = requested == null || requested.isBlank() ? null : requested.strip();
        return currentAdmin.identity().map(bound -> {
            if (named != null && !named.equals(bound)) {
                throw new AccessDeniedException("This admin token is for '" + bound + "'; it cannot act for '" + named + "'");
            }
            return bound;
        }).orElseGet(() -> {
            if (named == null) {
                throw new InvalidValueException("admin", "is required with an API key: the identity of the admin");
            }
            return AdminIdentity.require(named);
        });
    }

    private static OptionalLong lastEventId(String header, String param) {
        String raw = header != null && !header.isBlank() ? header : param;
        if (raw == null || raw.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(value);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Last-Event-ID", "must be the id of an event this stream sent (a whole number)");
        }
    }
}
