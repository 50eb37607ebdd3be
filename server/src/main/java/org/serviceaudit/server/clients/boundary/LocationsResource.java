package org.serviceaudit.server.clients.boundary;

import org.serviceaudit.server.accounts.boundary.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.clients.control.VisibleClients;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.problems.FieldErrors;

/**
 * A location by its own id; locations are listed and created under their client. Auditors
 * read the locations they have audits at (where to go, whom to call).
 */
@Path("locations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocationsResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    ChangeLog changes;
    @Context
    SecurityContext security;

    @GET
    @Path("{id}")
    @Allowed({Role.ADMIN, Role.AUDITOR, Role.MANAGER})
    public LocationView get(@PathParam("id") long id) {
        return LocationView.of(VisibleClients.requireLocation(em, Caller.of(security), id));
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.ADMIN)
    public LocationView update(@PathParam("id") long id, LocationRequest request) {
        Location.Details details = FieldErrors.requireBody(request).validDetails();
        Location location = Entities.require(em, Location.class, id, "location");
        location.update(details);
        em.flush();
        changes.record(Caller.of(security), "location.updated", "location", id);
        return LocationView.of(location);
    }
}
