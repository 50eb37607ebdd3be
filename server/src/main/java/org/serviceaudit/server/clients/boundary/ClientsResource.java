package org.serviceaudit.server.clients.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.clients.entity.Location;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.platform.Page;
import org.serviceaudit.server.platform.PageRequest;
import org.serviceaudit.server.problems.FieldErrors;

import java.time.Clock;

@Path("clients")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientsResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    @GET
    public Page<ClientView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        var rows = em.createQuery("select c from Client c order by c.name, c.id", Client.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(c) from Client c", Long.class).getSingleResult();
        return paging.page(rows, total, ClientView::of);
    }

    @POST
    public Response create(ClientRequest request) {
        String name = FieldErrors.requireBody(request).validName();
        Client client = new Client(name, clock.instant());
        em.persist(client);
        Entities.flushUnique(em, "duplicate-client", "a client named '" + name + "' exists already");
        return Response.created(UriBuilder.fromResource(ClientsResource.class).path("{id}").build(client.id()))
                .entity(ClientView.of(client)).build();
    }

    @GET
    @Path("{id}")
    public ClientView get(@PathParam("id") long id) {
        return ClientView.of(Entities.require(em, Client.class, id, "client"));
    }

    @PUT
    @Path("{id}")
    public ClientView update(@PathParam("id") long id, ClientRequest request) {
        String name = FieldErrors.requireBody(request).validName();
        Client client = Entities.require(em, Client.class, id, "client");
        client.rename(name);
        Entities.flushUnique(em, "duplicate-client", "a client named '" + name + "' exists already");
        return ClientView.of(client);
    }

    @GET
    @Path("{id}/locations")
    public Page<LocationView> locations(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        Entities.require(em, Client.class, id, "client");
        PageRequest paging = PageRequest.of(page, size);
        var rows = em.createQuery("select l from Location l where l.client.id = :client order by l.name, l.id", Location.class)
                .setParameter("client", id).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(l) from Location l where l.client.id = :client", Long.class)
                .setParameter("client", id).getSingleResult();
        return paging.page(rows, total, LocationView::of);
    }

    @POST
    @Path("{id}/locations")
    public Response createLocation(@PathParam("id") long id, LocationRequest request) {
        Location.Details details = FieldErrors.requireBody(request).validDetails();
        Client client = Entities.require(em, Client.class, id, "client");
        Location location = new Location(client, details, clock.instant());
        em.persist(location);
        em.flush();
        return Response.created(UriBuilder.fromResource(LocationsResource.class).path("{id}").build(location.id()))
                .entity(LocationView.of(location)).build();
    }
}
