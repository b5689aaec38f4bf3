package com.voicedesk.adapters.twilio.webhook;

import com.voicedesk.adapters.twilio.PublicUrls;
import com.voicedesk.adapters.twilio.TwilioConfig;
import com.voicedesk.adapters.twilio.media.StreamTokens;
import com.voicedesk.adapters.twilio.media.TwilioMediaStreamEndpoint;
import com.voicedesk.application.telephony.ReceiveInboundCallCommand;
import com.voicedesk.application.telephony.ReceiveInboundCallUseCase;
import com.voicedesk.application.telephony.UpdateCallStatusCommand;
import com.voicedesk.application.telephony.UpdateCallStatusUseCase;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.shared.InvalidValueException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Twilio's voice webhook (the number's "A call comes in" URL) and status callback, per tenant. Both are
 * signature-checked before anything else; see docs/telephony.md for the number's setup.
 */
@Path("/webhooks/twilio/{tenant}")
public class TwilioWebhookResource {

    private static final Logger LOG = Logger.getLogger(TwilioWebhookResource.class);

    private final TwilioRequestVerifier verifier;
    private final ReceiveInboundCallUseCase inbound;
    private final UpdateCallStatusUseCase statuses;
    private final PublicUrls urls;
    private final TwilioConfig config;
    private final Clock clock;

    public TwilioWebhookResource(TwilioRequestVerifier verifier, ReceiveInboundCallUseCase inbound,
                                 UpdateCallStatusUseCase statuses, PublicUrls urls, TwilioConfig config, Clock clock) {
        this.verifier = verifier;
        this.inbound = inbound;
        this.statuses = statuses;
        this.urls = urls;
        this.config = config;
        this.clock = clock;
    }

    @POST
    @Path("voice")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    public Uni<Response> voice(@PathParam("tenant") String tenant, MultivaluedMap<String, String> form,
                               @Context UriInfo uri, @Context HttpHeaders headers) {
        return verifier.verify(tenant, uri.getRequestUri(), headers, form).flatMap(request -> {
            String callSid = required(request, "CallSid");
            return inbound.receive(new ReceiveInboundCallCommand(request.account().tenantId(), callSid,
                            request.param("From"), request.param("To"), request.param("CallerName")))
                    .map(decision -> {
                        String token = StreamTokens.issue(request.account().tenantId(), decision.call().id(),
                                clock.instant().plus(config.streamTokenTtl()), request.account().twilio().authToken());
                        String media = urls.mediaStreamUrl(uri.getRequestUri(), headers::getHeaderString,
                                TwilioMediaStreamEndpoint.PATH);
                        LOG.infof("Inbound call %s (%s) for tenant %s: %s", decision.call().id(), callSid,
                                request.account().slug(), decision.route());
                        return Response.ok(InboundTwiml.answer(decision, media, token), MediaType.APPLICATION_XML).build();
                    });
        });
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> status(@PathParam("tenant") String tenant, MultivaluedMap<String, String> form,
                                @Context UriInfo uri, @Context HttpHeaders headers) {
        return verifier.verify(tenant, uri.getRequestUri(), headers, form).flatMap(request -> {
            String callSid = required(request, "CallSid");
            String reported = required(request, "CallStatus");
            CallStatus status = statusOf(reported);
            if (status == null) {
                LOG.debugf("Call %s: Twilio status '%s' has no call state; ignored", callSid, reported);
                return Uni.createFrom().item(Response.noContent().build());
            }
            return statuses.update(new UpdateCallStatusCommand(request.account().tenantId(), callSid, status,
                            timestamp(request.param("Timestamp")), callSid + ":" + reported))
                    .map(outcome -> Response.noContent().header("X-VoiceDesk-Outcome", outcome.name()).build());
        });
    }

    private static String required(TwilioRequestVerifier.Verified request, String name) {
        String value = request.param(name);
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(name, "is required in a Twilio webhook");
        }
        return value;
    }

    /** Twilio's CallStatus values; null for the ones that are no state of ours. */
    static CallStatus statusOf(String twilio) {
        return switch (twilio.toLowerCase(Locale.ROOT)) {
            case "queued" -> CallStatus.QUEUED;
            case "ringing" -> CallStatus.RINGING;
            case "in-progress", "answered" -> CallStatus.IN_PROGRESS;
            case "completed" -> CallStatus.COMPLETED;
            case "busy" -> CallStatus.BUSY;
            case "no-answer" -> CallStatus.NO_ANSWER;
            case "failed" -> CallStatus.FAILED;
            case "canceled" -> CallStatus.CANCELED;
            default -> null;
        };
    }

    /** Twilio's {@code Timestamp} (RFC 1123); null when absent or unreadable (the clock is used). */
    static Instant timestamp(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(raw.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
