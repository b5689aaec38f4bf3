package com.voicedesk.bootstrap.api.consultations;

import com.voicedesk.application.consultation.ConsultationQueriesUseCase;
import com.voicedesk.application.consultation.CreateConsultationCommand;
import com.voicedesk.application.consultation.CreateConsultationUseCase;
import com.voicedesk.bootstrap.api.common.PageResponse;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.consultation.ConsultationId;
import com.voicedesk.domain.contact.ContactId;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms")
public class ConsultationResource {

    private final CreateConsultationUseCase create;
    private final ConsultationQueriesUseCase queries;
    private final CurrentTenant tenant;

    public ConsultationResource(CreateConsultationUseCase create, ConsultationQueriesUseCase queries,
                                CurrentTenant tenant) {
        this.create = create;
        this.queries = queries;
        this.tenant = tenant;
    }

    @POST
    @Operation(summary = "Open a consultation room for a contact: the admin's token, the client's join link, optionally a recording")
    public Uni<Response> create(@Valid @NotNull ConsultationRequest body, UriInfo uri) {
        return create.create(new CreateConsultationCommand(tenant.id(), ContactId.of(body.contactId()),
                        body.adminIdentity(), body.adminName(), body.title(), Boolean.TRUE.equals(body.record())))
                .map(created -> Response.created(uri.getAbsolutePathBuilder()
                                .path(created.view().consultation().id().toString()).build())
                        .entity(ConsultationCreatedResponse.of(created)).build());
    }

    @GET
    @Operation(summary = "Consultations, newest first, with their recordings")
    public Uni<PageResponse<ConsultationResponse>> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return queries.list(tenant.id(), new PageRequest(page, size))
                .map(found -> PageResponse.of(found, ConsultationResponse::of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A consultation with its recordings and its transcript so far")
    public Uni<ConsultationResponse> get(@PathParam("id") String id) {
        return queries.get(tenant.id(), ConsultationId.of(id)).map(ConsultationResponse::of);
    }
}
