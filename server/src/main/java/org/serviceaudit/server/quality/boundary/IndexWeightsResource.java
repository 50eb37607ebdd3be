package org.serviceaudit.server.quality.boundary;

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
import org.serviceaudit.server.accounts.boundary.Allowed;
import org.serviceaudit.server.accounts.control.Caller;
import org.serviceaudit.server.accounts.entity.Role;
import org.serviceaudit.server.clients.control.VisibleClients;
import org.serviceaudit.server.clients.entity.Client;
import org.serviceaudit.server.history.control.ChangeLog;
import org.serviceaudit.server.platform.Entities;
import org.serviceaudit.server.problems.FieldErrors;
import org.serviceaudit.server.quality.entity.IndexWeights;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** A client's channel weights in its index: admins set them; the client's managers read them. */
@Path("clients/{id}/index-weights")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndexWeightsResource {

    @PersistenceContext
    EntityManager em;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;
    @Context
    SecurityContext security;

    /** @param defaults whether these are the defaults (the client has not set its own) */
    public record WeightsView(Map<String, Double> weights, boolean defaults) {
    }

    @GET
    @Allowed({Role.ADMIN, Role.MANAGER})
    public WeightsView get(@PathParam("id") long id) {
        Client client = VisibleClients.require(em, Caller.of(security), id);
        return Optional.ofNullable(em.find(IndexWeights.class, client.id())).map(w -> new WeightsView(w.weights(), false))
                .orElse(new WeightsView(IndexWeights.DEFAULTS, true));
    }

    @PUT
    @Allowed(Role.ADMIN)
    public WeightsView put(@PathParam("id") long id, IndexWeightsRequest request) {
        Map<String, Double> weights = FieldErrors.requireBody(request).valid();
        Client client = Entities.require(em, Client.class, id, "client");
        IndexWeights stored = em.find(IndexWeights.class, client.id());
        if (stored == null) {
            em.persist(new IndexWeights(client.id(), weights, clock.instant()));
        } else {
            stored.set(weights, clock.instant());
        }
        changes.record(Caller.of(security), "client.index-weights", "client", id, weights.toString());
        return new WeightsView(weights, false);
    }
}
