package com.voicedesk.bootstrap.admin;

import com.voicedesk.application.tenant.CreateTenantCommand;
import com.voicedesk.application.tenant.CreateTenantUseCase;
import com.voicedesk.application.tenant.IssueApiKeyCommand;
import com.voicedesk.application.tenant.IssueApiKeyUseCase;
import com.voicedesk.application.tenant.RevokeApiKeyCommand;
import com.voicedesk.application.tenant.RevokeApiKeyUseCase;
import com.voicedesk.application.tenant.TenantQueriesUseCase;
import com.voicedesk.application.tenant.UpdateTenantCommand;
import com.voicedesk.application.tenant.UpdateTenantUseCase;
import com.voicedesk.bootstrap.security.ApiKeyCache;
import com.voicedesk.domain.tenant.ApiKeyId;
import com.voicedesk.domain.tenant.TenantSettings;
import com.voicedesk.domain.tenant.TenantSlug;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Tenant management for the operator (Authorization: Bearer operator token). */
@Path("/admin/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant administration", description = "Operator only: tenants, their settings, credentials and API keys")
public class TenantAdminResource {

    private final CreateTenantUseCase create;
    private final UpdateTenantUseCase update;
    private final TenantQueriesUseCase queries;
    private final IssueApiKeyUseCase issueKey;
    private final RevokeApiKeyUseCase revokeKey;
    private final ApiKeyCache keyCache;

    public TenantAdminResource(CreateTenantUseCase create, UpdateTenantUseCase update, TenantQueriesUseCase queries,
                               IssueApiKeyUseCase issueKey, RevokeApiKeyUseCase revokeKey, ApiKeyCache keyCache) {
        this.create = create;
        this.update = update;
        this.queries = queries;
        this.issueKey = issueKey;
        this.revokeKey = revokeKey;
        this.keyCache = keyCache;
    }

    @POST
    @Operation(summary = "Create a tenant")
    public Uni<Response> create(@Valid @NotNull TenantRequests.Create body, UriInfo uri) {
        TenantSlug slug = new TenantSlug(body.slug());
        TenantSettings settings = body.settings() == null ? null : body.settings().applyTo(TenantSettings.defaults(body.name()));
        return create.create(new CreateTenantCommand(slug, body.name(), settings))
                .flatMap(tenant -> queries.get(tenant.slug()))
                .map(view -> Response.created(uri.getAbsolutePathBuilder().path(view.tenant().slug().value()).build())
                        .entity(TenantResponses.Tenant.of(view)).build());
    }

    @GET
    @Operation(summary = "List tenants")
    public Uni<List<TenantResponses.Tenant>> list() {
        return queries.list().map(all -> all.stream().map(TenantResponses.Tenant::of).toList());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A tenant with its capabilities and API keys (never a secret)")
    public Uni<TenantResponses.Tenant> get(@PathParam("slug") String slug) {
        return queries.get(new TenantSlug(slug)).map(TenantResponses.Tenant::of);
    }

    @PATCH
    @Path("{slug}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a tenant's name, settings or provider credentials")
    public Uni<TenantResponses.Tenant> update(@PathParam("slug") String slug, @Valid @NotNull TenantRequests.Update body) {
        UpdateTenantCommand command = new UpdateTenantCommand(new TenantSlug(slug), body.name(),
                body.settings() == null ? null : body.settings()::applyTo,
                body.credentials() == null ? null : body.credentials().toChanges());
        return update.update(command).map(TenantResponses.Tenant::of);
    }

    @POST
    @Path("{slug}/api-keys")
    @Operation(summary = "Issue an API key; the response is the only time the key is shown")
    public Uni<Response> issueKey(@PathParam("slug") String slug, @Valid TenantRequests.IssueKey body) {
        return issueKey.issue(new IssueApiKeyCommand(new TenantSlug(slug), body == null ? null : body.name()))
                .map(issued -> Response.status(Response.Status.CREATED).entity(TenantResponses.IssuedKey.of(issued)).build());
    }

    @DELETE
    @Path("{slug}/api-keys/{keyId}")
    @Operation(summary = "Revoke an API key")
    public Uni<Response> revokeKey(@PathParam("slug") String slug, @PathParam("keyId") String keyId) {
        return revokeKey.revoke(new RevokeApiKeyCommand(new TenantSlug(slug), ApiKeyId.of(keyId)))
                .invoke(keyCache::invalidateAll)
                .map(ignored -> Response.noContent().build());
    }
}
