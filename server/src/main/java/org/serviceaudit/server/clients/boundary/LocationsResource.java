package org.serviceaudit.server.clients.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.problems.FieldErrors;

/** A location by its own id; locations are listed and created under their client. */
@Path("locations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocationsResource {

    @PersistenceContext
    EntityManager em;

    @GET
    @Path("{id}")
    public LocationView get(@PathParam("id") long id) {
        return LocationView.of(Entities.require(em, Location.class, id, "location"));
    }

    @PUT
    @Path("{id}")
    public LocationView update(@PathParam("id") long id, LocationRequest request) {
        Location.Details details = FieldErrors.requireBody(request).validDetails();
        Location location = Entities.require(em, Location.class, id, "location");
        location.update(details);
        em.flush();
        return LocationView.of(location);
    }
}
