package com.voicedesk.bootstrap.api.contacts;

import com.voicedesk.application.contact.AddContactNoteCommand;
import com.voicedesk.application.contact.AddContactNoteUseCase;
import com.voicedesk.application.contact.ChangeLeadStatusCommand;
import com.voicedesk.application.contact.ChangeLeadStatusUseCase;
import com.voicedesk.application.contact.ContactQueriesUseCase;
import com.voicedesk.application.contact.CreateContactCommand;
import com.voicedesk.application.contact.CreateContactUseCase;
import com.voicedesk.application.contact.UpdateContactCommand;
import com.voicedesk.application.contact.UpdateContactUseCase;
import com.voicedesk.bootstrap.api.common.PageResponse;
import com.voicedesk.bootstrap.api.common.Params;
import com.voicedesk.bootstrap.security.CurrentTenant;
import com.voicedesk.domain.contact.ChangeSource;
import com.voicedesk.domain.contact.ContactId;
import com.voicedesk.domain.contact.ContactQuery;
import com.voicedesk.domain.contact.ContactSource;
import com.voicedesk.domain.contact.LeadStatus;
import com.voicedesk.domain.shared.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Leads and clients, their notes and their lead status")
public class ContactResource {

    private static final String DEFAULT_ACTOR = "admin";

    private final CreateContactUseCase create;
    private final UpdateContactUseCase update;
    private final ContactQueriesUseCase queries;
    private final AddContactNoteUseCase addNote;
    private final ChangeLeadStatusUseCase changeStatus;
    private final CurrentTenant tenant;

    public ContactResource(CreateContactUseCase create, UpdateContactUseCase update, ContactQueriesUseCase queries,
                           AddContactNoteUseCase addNote, ChangeLeadStatusUseCase changeStatus, CurrentTenant tenant) {
        this.create = create;
        this.update = update;
        this.queries = queries;
        this.addNote = addNote;
        this.changeStatus = changeStatus;
        this.tenant = tenant;
    }

    @POST
    @Operation(summary = "Create a contact (a new lead)")
    public Uni<Response> create(@Valid @NotNull ContactCreateRequest body, UriInfo uri) {
        return create.create(new CreateContactCommand(tenant.id(), body.name(), body.toChanges(), ContactSource.ADMIN,
                        DEFAULT_ACTOR))
                .map(contact -> Response.created(uri.getAbsolutePathBuilder().path(contact.id().toString()).build())
                        .entity(ContactResponse.of(contact)).build());
    }

    @GET
    @Operation(summary = "Search contacts by name or phone, newest first")
    public Uni<PageResponse<ContactResponse>> search(
            @QueryParam("q") String q,
            @QueryParam("leadStatus") String leadStatus,
            @QueryParam("createdSince") String createdSince,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        ContactQuery query = new ContactQuery(q, Params.enumOf(LeadStatus.class, leadStatus, "leadStatus"),
                Params.instant(createdSince, "createdSince"));
        return queries.search(tenant.id(), query, new PageRequest(page, size))
                .map(found -> PageResponse.of(found, ContactResponse::of));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a contact")
    public Uni<ContactResponse> get(@PathParam("id") String id) {
        return queries.get(tenant.id(), ContactId.of(id)).map(ContactResponse::of);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Update a contact: fields left out are unchanged, fields sent as null are cleared")
    public Uni<ContactResponse> update(@PathParam("id") String id, @Valid @NotNull ContactPatchRequest body) {
        return update.update(new UpdateContactCommand(tenant.id(), ContactId.of(id), body.toChanges(), body.getVersion()))
                .map(ContactResponse::of);
    }

    @GET
    @Path("{id}/notes")
    @Operation(summary = "A contact's notes, newest first")
    public Uni<List<NoteResponse>> notes(@PathParam("id") String id) {
        return queries.notes(tenant.id(), ContactId.of(id)).map(all -> all.stream().map(NoteResponse::of).toList());
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Add a note to a contact's file")
    public Uni<Response> addNote(@PathParam("id") String id, @Valid @NotNull NoteRequest body) {
        return addNote.addNote(new AddContactNoteCommand(tenant.id(), ContactId.of(id), body.text(),
                        body.author() == null || body.author().isBlank() ? DEFAULT_ACTOR : body.author(),
                        ChangeSource.ADMIN, null))
                .map(note -> Response.status(Response.Status.CREATED).entity(NoteResponse.of(note)).build());
    }

    @GET
    @Path("{id}/lead-status")
    @Operation(summary = "A contact's lead-status history, oldest first")
    public Uni<List<LeadStatusChangeResponse>> statusHistory(@PathParam("id") String id) {
        return queries.statusHistory(tenant.id(), ContactId.of(id))
                .map(all -> all.stream().map(LeadStatusChangeResponse::of).toList());
    }

    @PUT
    @Path("{id}/lead-status")
    @Operation(summary = "Move a contact's lead status (allowed transitions only; see docs/api.md)")
    public Uni<ContactResponse> changeStatus(@PathParam("id") String id, @Valid @NotNull LeadStatusRequest body) {
        return changeStatus.changeStatus(new ChangeLeadStatusCommand(tenant.id(), ContactId.of(id), body.status(),
                        ChangeSource.ADMIN, body.actor() == null || body.actor().isBlank() ? DEFAULT_ACTOR : body.actor(),
                        body.reason()))
                .map(ContactResponse::of);
    }
}
