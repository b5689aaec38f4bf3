package com.voicedesk.bootstrap.api.notifications;

import com.voicedesk.application.notification.NotificationInboxUseCase;
import com.voicedesk.application.notification.NotificationPreferencesUseCase;
import com.voicedesk.application.notification.UpdateNotificationPreferencesCommand;
import com.voicedesk.bootstrap.security.AdminTokens;
import com.voicedesk.bootstrap.security.CurrentAdmin;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.notification.AdminIdentity;
import com.voicedesk.domain.notification.NotificationId;
import com.voicedesk.domain.shared.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * One admin's notifications: the inbox, read marks, preferences and admin tokens. (The live stream,
 * {@code GET /api/notifications/stream}, is served by {@link NotificationStreamRoute}.) The admin is the one an
 * admin token names, or, with the tenant API key, the {@code admin} parameter.
 */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    private final NotificationInboxUseCase inbox;
    private final NotificationPreferencesUseCase preferences;
    private final AdminTokens tokens;
    private final CurrentTenant tenant;
    private final CurrentAdmin currentAdmin;

    public NotificationResource(NotificationInboxUseCase inbox, NotificationPreferencesUseCase preferences,
                                AdminTokens tokens, CurrentTenant tenant, CurrentAdmin currentAdmin) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.tokens = tokens;
        this.tenant = tenant;
        this.currentAdmin = currentAdmin;
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
        // only an API key gets here: AdminTokenAuthFilter leaves this path to ApiKeyAuthFilter
        AdminTokens.Minted minted = tokens.mint(tenant.id(), tenant.principal().keyId(), body.admin());
        // a Uni keeps the method on the event loop, where the API key check (reactive) runs
        return Uni.createFrom().item(Response.status(Response.Status.CREATED).entity(Map.of(
                "token", minted.token(),
                "admin", AdminIdentity.require(body.admin()),
                "expiresAt", minted.expiresAt().toString(),
                "streamUrl", "/api/notifications/stream?access_token=" + minted.token())).build());
    }

    private String admin(String requested) {
        return currentAdmin.resolve(requested);
    }
}
