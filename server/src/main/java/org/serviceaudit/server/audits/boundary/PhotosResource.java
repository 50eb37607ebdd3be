package org.serviceaudit.server.audits.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import org.serviceaudit.server.accounts.boundary.Allowed;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.audits.control.Photos;
import org.serviceaudit.server.audits.control.VisibleAudits;
import org.serviceaudit.server.audits.entity.Audit;
import org.serviceaudit.server.problems.ApiException;

import java.util.List;

/**
 * An audit's photos. The auditor (or an admin) uploads each as the raw JPEG or PNG body;
 * the answer is the photo's id, which is the SHA-256 of its bytes, so an upload retried
 * after a lost answer gives 200 with the same photo instead of a second one. Whoever may
 * read the audit may read its photos.
 */
@Path("audits/{id}/photos")
@RequestScoped
@Transactional
public class PhotosResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    Photos photos;
    @Context
    SecurityContext security;

    /** 201 with the photo for a new one, 200 for one already stored; 413 over the size limit, 422 if it is not the image it says. */
    @POST
    @Consumes({"image/jpeg", "image/png"})
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.ADMIN, Role.AUDITOR})
    public Response upload(@PathParam("id") long id, @HeaderParam("Content-Type") MediaType type, byte[] body) {
        Caller caller = Caller.of(security);
        Audit audit = VisibleAudits.require(em, caller, id);
        Photos.Stored stored = photos.store(audit, caller, type.getType() + "/" + type.getSubtype(), body);
        PhotoView view = PhotoView.of(stored.photo());
        return (stored.created()
                ? Response.created(UriBuilder.fromResource(PhotosResource.class).path("{photo}").build(id, view.id()))
                : Response.ok()).entity(view).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.ADMIN, Role.AUDITOR, Role.MANAGER})
    public List<PhotoView> list(@PathParam("id") long id) {
        VisibleAudits.require(em, Caller.of(security), id);
        return photos.list(id).stream().map(PhotoView::of).toList();
    }

    @GET
    @Path("{photo}")
    @Produces({"image/jpeg", "image/png"})
    @Allowed({Role.ADMIN, Role.AUDITOR, Role.MANAGER})
    public Response get(@PathParam("id") long id, @PathParam("photo") String photo) {
        VisibleAudits.require(em, Caller.of(security), id);
        Photos.Photo found = photos.find(id, photo).orElseThrow(() -> ApiException.notFound("photo", photo + " of audit " + id));
        return Response.ok(photos.bytes(id, photo).orElseThrow(), found.contentType())
                .header("Cache-Control", "private, max-age=31536000, immutable").build();
    }

    /** A photo as the API shows it; {@code id} is what a photo item's answer holds. */
    public record PhotoView(String id, String contentType, int width, int height, long size, java.time.Instant uploadedAt) {
        static PhotoView of(Photos.Photo p) {
            return new PhotoView(p.id(), p.contentType(), p.width(), p.height(), p.size(), p.uploadedAt());
        }
    }
}
