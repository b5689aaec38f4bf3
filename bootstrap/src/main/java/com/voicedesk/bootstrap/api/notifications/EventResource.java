package com.voicedesk.bootstrap.api.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicedesk.application.notification.AcceptCrmEventCommand;
import com.voicedesk.application.notification.AcceptCrmEventUseCase;
import com.voicedesk.bootstrap.notifications.NotificationConfig;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.notification.Recipient;
import com.voicedesk.domain.shared.InvalidValueException;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The CRM's events: each becomes a notification for one admin or for all of them. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Events from the CRM, the admin inbox, the live stream and preferences")
public class EventResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    /** The answer to an event: the notification it produced (the same one again for a repeated key). */
    public record EventAccepted(String notificationId, boolean duplicate) {
    }

    private final AcceptCrmEventUseCase events;
    private final CurrentTenant tenant;
    private final ObjectMapper json;
    private final int maxDataBytes;

    public EventResource(AcceptCrmEventUseCase events, CurrentTenant tenant, ObjectMapper json, NotificationConfig config) {
        this.events = events;
        this.tenant = tenant;
        this.json = json;
        this.maxDataBytes = config.maxDataBytes();
    }

    @POST
    @Operation(summary = "Report a CRM event (new lead, payment received, contract signed, lead status changed)",
            description = "202 with the notification id; with an Idempotency-Key header (or idempotencyKey field) "
                    + "a repeat returns 200 with the first notification's id and stores nothing")
    public Uni<Response> accept(@HeaderParam(IDEMPOTENCY_KEY) String headerKey, @Valid @NotNull EventRequest body) {
        String key = idempotencyKey(headerKey, body.idempotencyKey());
        checkDataSize(body);
        AcceptCrmEventCommand command = new AcceptCrmEventCommand(tenant.id(), key, body.type(), body.title(),
                body.message(), body.link(), body.data(),
                body.admin() == null || body.admin().isBlank() ? Recipient.allAdmins() : Recipient.admin(body.admin()));
        return events.accept(command).map(accepted -> {
            EventAccepted entity = new EventAccepted(accepted.notificationId().toString(), accepted.duplicate());
            return accepted.duplicate()
                    ? Response.ok(entity).header(REPLAYED, "true").build()
                    : Response.accepted(entity).build();
        });
    }

    private static String idempotencyKey(String header, String field) {
        String fromHeader = header == null || header.isBlank() ? null : header.strip();
        String fromBody = field == null || field.isBlank() ? null : field.strip();
        if (fromHeader != null && fromBody != null && !fromHeader.equals(fromBody)) {
            throw new InvalidValueException("idempotencyKey", "differs from the Idempotency-Key header; send one of them");
        }
        if (fromHeader != null && fromHeader.length() > AcceptCrmEventCommand.MAX_KEY_LENGTH) {
            throw new InvalidValueException("idempotencyKey",
                    "must be at most " + AcceptCrmEventCommand.MAX_KEY_LENGTH + " characters");
        }
        return fromHeader != null ? fromHeader : fromBody;
    }

    private void checkDataSize(EventRequest body) {
        if (body.data() == null) {
            return;
        }
        try {
            if (json.writeValueAsBytes(body.data()).length > maxDataBytes) {
                throw new InvalidValueException("data", "must be at most " + maxDataBytes + " bytes of JSON");
            }
        } catch (JsonProcessingException e) {
            throw new InvalidValueException("data", "must be a JSON object");
        }
    }
}
