package org.serviceaudit.server.templates.boundary;

import org.serviceaudit.server.accounts.boundary.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Page;
import org.serviceaudit.server.platform.PageRequest;
import org.serviceaudit.server.problems.ApiException;
import org.serviceaudit.server.problems.FieldErrors;
import org.serviceaudit.server.templates.control.TemplateCatalog;
import org.serviceaudit.server.templates.entity.TemplateVersion;

import java.util.Locale;

/**
 * Checklist templates. {@code GET /templates/{id}} and {@code .../versions/{v}} return the
 * template's JSON exactly as it was imported (the format of {@code docs/checklists.md}).
 * Everyone signed in reads them (auditors fill them, managers read what was checked); admins
 * import.
 */
@Path("templates")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.ADMIN, Role.AUDITOR, Role.MANAGER})
public class TemplatesResource {

    @Inject
    TemplateCatalog catalog;
    @Inject
    ChangeLog changes;
    @Context
    SecurityContext security;

    @GET
    public Page<TemplateSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return paging.page(catalog.list(paging.offset(), paging.size()), catalog.count(),
                t -> TemplateSummary.of(t, catalog.auditsUsing(t.key())));
    }

    /**
     * Imports a template: 201 for a new version, 200 when it replaced an unused version or was
     * already there unchanged, 409 when it would change a version that audits use.
     */
    @POST
    @Allowed(Role.ADMIN)
    public Response importTemplate(String json) {
        TemplateCatalog.Imported imported = catalog.importJson(FieldErrors.requireBody(json));
        TemplateVersion t = imported.version();
        if (imported.outcome() != TemplateCatalog.Outcome.UNCHANGED) {
            changes.record(Caller.of(security), "template." + imported.outcome().name().toLowerCase(Locale.ROOT), "template",
                    t.templateId() + "@" + t.version());
        }
        TemplateSummary summary = TemplateSummary.of(t, catalog.auditsUsing(t.key()));
        if (imported.outcome() == TemplateCatalog.Outcome.CREATED) {
            return Response.created(UriBuilder.fromResource(TemplatesResource.class).path("{id}/versions/{v}")
                    .build(t.templateId(), t.version())).entity(summary).build();
        }
        return Response.ok(summary).build();
    }

    @GET
    @Path("{id}")
    public Response latest(@PathParam("id") String id) {
        return content(catalog.latest(id).orElseThrow(() -> ApiException.notFound("template", id)));
    }

    @GET
    @Path("{id}/versions/{version}")
    public Response version(@PathParam("id") String id, @PathParam("version") int version) {
        return content(catalog.find(id, version).orElseThrow(() -> ApiException.notFound("template", id + " version " + version)));
    }

    private static Response content(TemplateVersion t) {
        return Response.ok(t.content(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
