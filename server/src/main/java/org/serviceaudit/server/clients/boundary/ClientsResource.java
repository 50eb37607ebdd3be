package org.serviceaudit.server.clients.boundary;

import org.serviceaudit.server.accounts.boundary.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.serviceaudit.server.clients.control.VisibleClients;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.platform.Listing;
import org.serviceaudit.server.platform.Listing;
import org.serviceaudit.server.platform.Page;
import org.serviceaudit.server.platform.PageRequest;
import org.serviceaudit.server.problems.FieldErrors;

import java.time.Clock;
import java.util.Map;

/** Clients and their locations: admins set them up; a manager reads their own client only. */
@Path("clients")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientsResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;
    @Context
    SecurityContext security;

    @GET
    @Allowed({Role.ADMIN, Role.MANAGER})
    public Page<ClientView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return Listing.page(em, Client.class, "Client c", "", VisibleClients.conditions(Caller.of(security)), "c.name, c.id",
                PageRequest.of(page, size), ClientView::of);
    }

    @POST
    @Allowed(Role.ADMIN)
    public Response create(ClientRequest request) {
        String name = FieldErrors.requireBody(request).validName();
        Client client = new Client(name, clock.instant());
        em.persist(client);
        Entities.flushUnique(em, "duplicate-client", "a client named '" + name + "' exists already");
        changes.record(Caller.of(security), "client.created", "client", client.id(), name);
        return Response.created(UriBuilder.fromResource(ClientsResource.class).path("{id}").build(client.id()))
                .entity(ClientView.of(client)).build();
    }

    @GET
    @Path("{id}")
    @Allowed({Role.ADMIN, Role.MANAGER})
    public ClientView get(@PathParam("id") long id) {
        return ClientView.of(VisibleClients.require(em, Caller.of(security), id));
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.ADMIN)
    public ClientView update(@PathParam("id") long id, ClientRequest request) {
        String name = FieldErrors.requireBody(request).validName();
        Client client = Entities.require(em, Client.class, id, "client");
        String before = client.name();
        client.rename(name);
        Entities.flushUnique(em, "duplicate-client", "a client named '" + name + "' exists already");
        changes.record(Caller.of(security), "client.updated", "client", id, before.equals(name) ? null : "renamed from " + before);
        return ClientView.of(client);
    }

    @GET
    @Path("{id}/locations")
    @Allowed({Role.ADMIN, Role.MANAGER})
    public Page<LocationView> locations(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        VisibleClients.require(em, Caller.of(security), id);
        return Listing.page(em, Location.class, "Location l", "", Map.of("l.client.id = :client", id), "l.name, l.id",
                PageRequest.of(page, size), LocationView::of);
    }

    @POST
    @Path("{id}/locations")
    @Allowed(Role.ADMIN)
    public Response createLocation(@PathParam("id") long id, LocationRequest request) {
        Location.Details details = FieldErrors.requireBody(request).validDetails();
        Client client = Entities.require(em, Client.class, id, "client");
        Location location = new Location(client, details, clock.instant());
        em.persist(location);
        em.flush();
        changes.record(Caller.of(security), "location.created", "location", location.id(), details.name());
        return Response.created(UriBuilder.fromResource(LocationsResource.class).path("{id}").build(location.id()))
                .entity(LocationView.of(location)).build();
    }
}
