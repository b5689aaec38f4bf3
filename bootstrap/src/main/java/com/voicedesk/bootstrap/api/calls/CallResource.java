package com.voicedesk.bootstrap.api.calls;

import com.voicedesk.application.call.CallQueriesUseCase;
import com.voicedesk.bootstrap.api.common.PageResponse;
import com.voicedesk.bootstrap.api.common.Params;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.call.CallDirection;
import com.voicedesk.domain.call.CallFilter;
import com.voicedesk.domain.call.CallId;
import com.voicedesk.domain.call.CallStatus;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.shared.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "Phone and room calls, their transcripts and analyses")
public class CallResource {

    private final CallQueriesUseCase calls;
    private final CurrentTenant tenant;

    public CallResource(CallQueriesUseCase calls, CurrentTenant tenant) {
        this.calls = calls;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "List calls, newest first; filter by status, direction, contact and creation time")
    public Uni<PageResponse<CallResponse>> list(
            @QueryParam("status") String status,
            @QueryParam("direction") String direction,
            @QueryParam("contactId") String contactId,
            @QueryParam("since") String since,
            @QueryParam("until") String until,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        CallFilter filter = new CallFilter(
                Params.enumOf(CallStatus.class, status, "status"),
                Params.enumOf(CallDirection.class, direction, "direction"),
                contactId == null || contactId.isBlank() ? null : ContactId.of(contactId),
                Params.instant(since, "since"),
                Params.instant(until, "until"));
        return calls.list(tenant.id(), filter, new PageRequest(page, size)).map(found -> PageResponse.of(found, CallResponse::of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A call with its transcript segments and analysis")
    public Uni<CallDetailResponse> get(@PathParam("id") String id) {
        return calls.detail(tenant.id(), CallId.of(id)).map(CallDetailResponse::of);
    }
}
